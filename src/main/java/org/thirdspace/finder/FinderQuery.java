package org.thirdspace.finder;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.thirdspace.shared.GeoPoint;

/**
 * A people search: one text box, facet filters (several values of one facet are OR-ed, facets
 * are AND-ed), an optional distance filter and sort, and a page.
 *
 * @param text     free text (may be blank)
 * @param filters  selected codes per facet
 * @param near     centre for distances (null: no distances)
 * @param withinKm only people within this distance of {@code near} (null: no distance filter)
 * @param sort     order of results
 * @param page     zero-based page
 * @param size     page size, 1 to {@link #MAX_SIZE}
 */
public record FinderQuery(String text, Map<Facet, Set<String>> filters, GeoPoint near, Double withinKm, Sort sort,
        int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public enum Sort {
        RELEVANCE("relevance"), RECENT("recent"), DISTANCE("distance");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public static java.util.Optional<Sort> fromParam(String param) {
            for (Sort s : values()) {
                if (s.param.equals(param)) {
                    return java.util.Optional.of(s);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public FinderQuery {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(values)));
                }
            });
        }
        filters = Map.copyOf(copy);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (withinKm != null && (near == null || withinKm <= 0)) {
            throw new IllegalArgumentException("withinKm needs near and must be positive");
        }
        if (sort == Sort.DISTANCE && near == null) {
            throw new IllegalArgumentException("sort=distance needs near");
        }
    }

    /** Everyone, first page, by relevance. */
    public static FinderQuery of(String text) {
        return new FinderQuery(text, Map.of(), null, null, Sort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public FinderQuery withFilter(Facet facet, String... values) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, Set.of(values));
        return new FinderQuery(text, copy, near, withinKm, sort, page, size);
    }

    public FinderQuery withNear(GeoPoint point, Double km) {
        return new FinderQuery(text, filters, point, km, sort, page, size);
    }

    public FinderQuery withSort(Sort newSort) {
        return new FinderQuery(text, filters, near, withinKm, newSort, page, size);
    }

    public FinderQuery withPage(int newPage, int newSize) {
        return new FinderQuery(text, filters, near, withinKm, sort, newPage, newSize);
    }
}
