package org.thirdspace.gaps.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.thirdspace.shared.web.QueryParameters;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.gaps.GapAnswerView;
import org.thirdspace.gaps.GapDetails;
import org.thirdspace.gaps.GapDraft;
import org.thirdspace.gaps.GapException;
import org.thirdspace.gaps.GapFacet;
import org.thirdspace.gaps.GapPage;
import org.thirdspace.gaps.GapQuery;
import org.thirdspace.gaps.GapService;
import org.thirdspace.gaps.GapStatus;
import org.thirdspace.gaps.GapSummary;

/**
 * {@code /api/v1/gaps}: the gap board ({@code GET}: {@code status}, {@code sector}, {@code phase},
 * {@code region}, {@code activity}, {@code subject} (repeat or comma-separate), {@code q},
 * {@code page} from 0, {@code size} 1-100), moderators post ({@code POST}) and edit
 * ({@code PUT /{id}}) gaps and change their status ({@code POST /{id}/status}); members answer
 * ({@code POST /{id}/answers}); moderators remove answers ({@code DELETE /{id}/answers/{answerId}}).
 */
@RestController
@RequestMapping(path = "/api/v1/gaps", produces = MediaType.APPLICATION_JSON_VALUE)
class GapsController {

    record SummaryJson(long id, String title, GapStatus status, Map<String, Set<String>> facets, int answerCount,
            Instant createdAt, Instant updatedAt) {

        static SummaryJson of(GapSummary s) {
            return new SummaryJson(s.id(), s.title(), s.status(), GapsController.facets(s.facets()), s.answerCount(), s.createdAt(),
                    s.updatedAt());
        }
    }

    record PageJson(long total, int page, int size, List<SummaryJson> items) {
    }

    record DetailsJson(long id, String title, String descriptionHtml, String descriptionMarkdown, GapStatus status,
            Map<String, Set<String>> facets, long createdByPersonId, String createdByName, Instant createdAt,
            Instant updatedAt, List<GapAnswerView> answers) {

        static DetailsJson of(GapDetails d) {
            return new DetailsJson(d.id(), d.title(), d.descriptionHtml(), d.descriptionMarkdown(), d.status(),
                    GapsController.facets(d.facets()), d.createdByPersonId(), d.createdByName(), d.createdAt(), d.updatedAt(),
                    d.answers());
        }
    }

    /** A gap as a client writes it: facets as lists of vocabulary codes under their parameter names. */
    record GapBody(String title, String description, List<String> sector, List<String> phase, List<String> region,
            List<String> activity, List<String> subject) {

        GapDraft toDraft() {
            Map<GapFacet, Set<String>> facets = new EnumMap<>(GapFacet.class);
            put(facets, GapFacet.SECTOR, sector);
            put(facets, GapFacet.PHASE, phase);
            put(facets, GapFacet.REGION, region);
            put(facets, GapFacet.ACTIVITY, activity);
            put(facets, GapFacet.SUBJECT, subject);
            return new GapDraft(title, description, facets);
        }

        private static void put(Map<GapFacet, Set<String>> facets, GapFacet facet, List<String> codes) {
            if (codes != null) {
                if (codes.stream().anyMatch(c -> c == null)) {
                    throw new GapException(GapException.Kind.INVALID, facet.parameter(), "gaps.error.unknown-code",
                            "null", facet.parameter());
                }
                facets.put(facet, new LinkedHashSet<>(codes));
            }
        }
    }

    record AnswerBody(Long caseStudyId, String note) {
    }

    record StatusBody(String status, String reason) {
    }

    private final GapService gaps;

    GapsController(GapService gaps) {
        this.gaps = gaps;
    }

    @GetMapping
    PageJson list(@RequestParam MultiValueMap<String, String> params) {
        GapQuery query = new GapQuery(single(params, "q"), statuses(params), filters(params),
                integer(params, "page", 0), integer(params, "size", 20));
        GapPage page = gaps.list(query);
        return new PageJson(page.total(), page.page(), page.size(), page.items().stream().map(SummaryJson::of).toList());
    }

    @GetMapping("/{id}")
    DetailsJson one(@PathVariable long id) {
        return DetailsJson.of(gaps.require(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DetailsJson> create(@RequestBody GapBody body) {
        GapDetails created = gaps.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/gaps/" + created.id())).body(DetailsJson.of(created));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DetailsJson replace(@PathVariable long id, @RequestBody GapBody body) {
        return DetailsJson.of(gaps.update(id, body.toDraft()));
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    DetailsJson status(@PathVariable long id, @RequestBody StatusBody body) {
        GapStatus status = GapStatus.parse(body.status());
        if (status == null) {
            throw new GapException(GapException.Kind.INVALID, "status", "gaps.error.unknown-status",
                    String.valueOf(body.status()));
        }
        return DetailsJson.of(gaps.changeStatus(id, status, body.reason()));
    }

    @PostMapping(path = "/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GapAnswerView> answer(@PathVariable long id, @RequestBody AnswerBody body) {
        if (body.caseStudyId() == null) {
            throw new GapException(GapException.Kind.INVALID, "caseStudyId", "gaps.error.case-study-required");
        }
        GapAnswerView answer = gaps.answer(id, body.caseStudyId(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/gaps/" + id + "#answer-" + answer.id())).body(answer);
    }

    @DeleteMapping("/{id}/answers/{answerId}")
    DetailsJson removeAnswer(@PathVariable long id, @PathVariable long answerId,
            @RequestParam(required = false) String reason) {
        return DetailsJson.of(gaps.removeAnswer(id, answerId, reason));
    }

    // ------------------------------------------------------------------ parameters

    static Map<String, Set<String>> facets(Map<GapFacet, Set<String>> facets) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        facets.forEach((f, codes) -> out.put(f.parameter(), codes));
        return out;
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        return QueryParameters.values(params, name);
    }

    private static Set<GapStatus> statuses(MultiValueMap<String, String> params) {
        Set<GapStatus> statuses = new LinkedHashSet<>();
        for (String v : values(params, "status")) {
            GapStatus s = GapStatus.parse(v);
            if (s == null) {
                throw new GapException(GapException.Kind.INVALID, "status", "gaps.error.unknown-status", v);
            }
            statuses.add(s);
        }
        return statuses;
    }

    private static Map<GapFacet, Set<String>> filters(MultiValueMap<String, String> params) {
        Map<GapFacet, Set<String>> filters = new EnumMap<>(GapFacet.class);
        for (GapFacet facet : GapFacet.values()) {
            List<String> codes = values(params, facet.parameter());
            if (!codes.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(codes));
            }
        }
        return filters;
    }

    private static String single(MultiValueMap<String, String> params, String name) {
        return QueryParameters.single(params, name);
    }

    private static int integer(MultiValueMap<String, String> params, String name, int fallback) {
        return QueryParameters.integer(params, name, fallback,
                p -> new GapException(GapException.Kind.INVALID, p, "gaps.error.not-a-number", p));
    }
}
