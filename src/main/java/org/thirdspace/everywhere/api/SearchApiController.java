package org.thirdspace.everywhere.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.everywhere.EverywhereException;
import org.thirdspace.everywhere.EverywhereQuery;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchEverywhere;
import org.thirdspace.everywhere.SearchType;

/**
 * {@code GET /api/v1/search?q=&type=&page=&size=}: search everywhere for API clients (signed in,
 * like the rest of the API outside the public reads). {@code counts} always has every type; with
 * {@code type}, {@code items} is that page of that type, without it the first {@code size}
 * (default 5, at most 20) of each type in tab order. A blank {@code q}, an unknown {@code type} or
 * a bad {@code page}/{@code size} give a 400 problem naming the {@code parameter}.
 */
@RestController
@RequestMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

    /** The response body; {@code total} is the requested type's count, or all counts added up. */
    record SearchPage(String q, String type, int page, int size, long total, Map<String, Long> counts,
            List<Item> items, List<String> unavailable) {
    }

    /** A hit; {@code snippet} is HTML whose only markup is {@code <mark>}. */
    record Item(String type, String id, String title, String link, String context, String snippet) {
    }

    private final SearchEverywhere search;

    SearchApiController(SearchEverywhere search) {
        this.search = search;
    }

    @GetMapping
    SearchPage search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", required = false) Integer size) {
        SearchType only = null;
        if (type != null && !type.isBlank()) {
            only = SearchType.fromParam(type.strip())
                    .orElseThrow(() -> EverywhereException.invalid("type", "everywhere.error.type", type));
        }
        int pageSize = size != null ? size : only == null ? SearchEverywhere.DEFAULT_PREVIEW
                : SearchEverywhere.DEFAULT_SIZE;
        EverywhereResult result = search.search(new EverywhereQuery(q, only, page, pageSize));
        if (!result.unavailable().isEmpty()
                && (only != null ? result.unavailable().contains(only)
                        : result.unavailable().size() == SearchType.values().length)) {
            throw new SearchApiProblems.Unavailable();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchType t : SearchType.values()) {
            counts.put(t.param(), result.counts().getOrDefault(t, 0L));
        }
        List<Item> items = result.sections().stream().flatMap(s -> s.hits().stream())
                .map(h -> new Item(h.type().param(), h.id(), h.title(), h.link(), h.context(), h.snippet())).toList();
        long total = only == null ? result.total() : result.counts().getOrDefault(only, 0L);
        return new SearchPage(result.query().text(), only == null ? null : only.param(), page, pageSize, total, counts,
                items, result.unavailable().stream().sorted().map(SearchType::param).toList());
    }
}
