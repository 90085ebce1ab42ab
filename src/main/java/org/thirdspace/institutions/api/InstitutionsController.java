package org.thirdspace.institutions.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.thirdspace.institutions.InstitutionDetails;
import org.thirdspace.institutions.InstitutionException;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSuggestion;
import org.thirdspace.institutions.InstitutionSummary;

/**
 * Institutions for API clients. A merged duplicate's id answers {@code 308 Permanent Redirect} to
 * the institution it was merged into, so stored links keep working.
 */
@RestController
@RequestMapping(path = "/api/v1/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
class InstitutionsController {

    static final int MAX_SIZE = 100;

    record Location(double lat, double lon) {
    }

    record InstitutionJson(long id, String name, List<String> aliases, String sector, String region,
            List<String> phases, String town, String postcode, Location location, String website, Long parentId) {

        static InstitutionJson of(InstitutionDetails d) {
            return new InstitutionJson(d.id(), d.name(), d.aliases(), d.sector().code(), d.region().code(), d.phases(),
                    d.town(), d.postcode(), d.location() == null ? null
                            : new Location(d.location().latitude(), d.location().longitude()), d.website(), d.parentId());
        }
    }

    record InstitutionListItem(long id, String name, String sector, String region, String town, String postcode) {
        static InstitutionListItem of(InstitutionSummary s) {
            return new InstitutionListItem(s.id(), s.name(), s.sector().code(), s.region().code(), s.town(), s.postcode());
        }
    }

    record PageJson(List<InstitutionListItem> items, int page, int size, long totalElements, int totalPages) {
    }

    record SuggestionJson(long id, String name, String sector, String town) {
        static SuggestionJson of(InstitutionSuggestion s) {
            return new SuggestionJson(s.id(), s.name(), s.sector().code(), s.town());
        }
    }

    private final InstitutionService institutions;

    InstitutionsController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping
    @Operation(summary = "Search institutions by name, alias, town or postcode (typos forgiven)",
            description = "Without q, all institutions by name. size is 1 to 100 (default 20); page starts at 0.")
    PageJson search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_SIZE + ".");
        }
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more.");
        }
        Page<InstitutionSummary> result = institutions.search(q, PageRequest.of(page, size));
        return new PageJson(result.getContent().stream().map(InstitutionListItem::of).toList(), page, size,
                result.getTotalElements(), result.getTotalPages());
    }

    @GetMapping("/suggest")
    @Operation(summary = "Typeahead: institutions whose name or an alias starts with q (typos forgiven)")
    List<SuggestionJson> suggest(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "limit", defaultValue = "10") int limit) {
        if (limit < 1 || limit > 20) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 20.");
        }
        return institutions.suggest(q, limit).stream().map(SuggestionJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One institution; a merged duplicate redirects (308) to the institution it was merged into")
    ResponseEntity<InstitutionJson> get(@PathVariable("id") long id) {
        InstitutionDetails details = institutions.details(id).orElseThrow(InstitutionException::notFound);
        if (details.merged()) {
            long survivor = institutions.resolve(id).orElseThrow(InstitutionException::notFound);
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                    .location(URI.create("/api/v1/institutions/" + survivor)).build();
        }
        return ResponseEntity.ok(InstitutionJson.of(details));
    }

    /** Problem documents for the rules of institutions. */
    @RestControllerAdvice(assignableTypes = InstitutionsController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Problems {

        private final MessageSource messages;

        Problems(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(InstitutionException.class)
        ProblemDetail institution(InstitutionException e) {
            HttpStatus status = switch (e.reason()) {
                case INVALID -> HttpStatus.BAD_REQUEST;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
            };
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()));
            if (e.field() != null) {
                problem.setProperty("field", e.field());
            }
            return problem;
        }
    }
}
