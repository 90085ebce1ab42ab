package org.thirdspace.finder.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.finder.Facet;
import org.thirdspace.finder.FinderParameters;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.FinderResult;
import org.thirdspace.finder.InvalidFinderParameterException;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewers;
import org.thirdspace.search.SearchIndexException;

/**
 * {@code GET /api/v1/people}: the finder for API clients (who are always members). Bad parameters
 * give a 400 problem naming the parameter ({@code parameter} and {@code errors[].field}); search
 * outages a 503 problem.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

    private static final Logger log = LoggerFactory.getLogger(PeopleApiController.class);

    /** The response body. */
    record PeoplePage(long total, List<FinderResult.Item> items, Map<String, List<FinderResult.FacetCount>> facets,
            List<String> suggestions) {
    }

    record FieldProblem(String field, String message) {
    }

    private final PeopleFinder finder;
    private final FinderParameters parameters;
    private final Viewers viewers;

    PeopleApiController(PeopleFinder finder, FinderParameters parameters, Viewers viewers) {
        this.finder = finder;
        this.parameters = parameters;
        this.viewers = viewers;
    }

    @GetMapping
    PeoplePage search(@RequestParam MultiValueMap<String, String> params) {
        FinderQuery query = parameters.parse(FinderParameters.copy(params));
        FinderResult result = finder.search(query, viewers.current());
        Map<String, List<FinderResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.param(), result.facets().getOrDefault(facet, List.of()));
        }
        return new PeoplePage(result.total(), result.items(), facets, result.suggestions());
    }

    @ExceptionHandler(InvalidFinderParameterException.class)
    ProblemDetail invalid(InvalidFinderParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("errors", List.of(new FieldProblem(e.parameter(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(SearchIndexException.class)
    ProblemDetail unavailable(SearchIndexException e) {
        log.warn("People search unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Search is not available at the moment. Try again shortly.");
        problem.setTitle("Search unavailable");
        return problem;
    }
}
