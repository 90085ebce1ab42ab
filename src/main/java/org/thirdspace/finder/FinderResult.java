package org.thirdspace.finder;

import java.util.List;
import java.util.Map;

/**
 * One page of a people search.
 *
 * @param total       people matching the query and all filters (never counting hidden profiles)
 * @param items       this page
 * @param facets      per facet, the values with how many people each would give with the other filters
 * @param suggestions spelling alternatives (only when nothing matched)
 */
public record FinderResult(long total, List<Item> items, Map<Facet, List<FacetCount>> facets, List<String> suggestions) {

    public FinderResult {
        items = List.copyOf(items);
        facets = Map.copyOf(facets);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * A person found.
     *
     * @param highlights HTML snippets: escaped text where only {@code <mark>} and {@code </mark>} are markup
     * @param formerly   names of institutions the person worked at before (most recent first, at most three)
     * @param why        a one-line reason, e.g. "Mentor · Science · 12.3 km · open to new partnerships"
     * @param distanceKm distance from the query's centre, one decimal (null without a centre)
     */
    public record Item(long id, String displayName, String headline, String institution, List<String> formerly,
            Double distanceKm,
            List<String> highlights, String why, boolean spanner, boolean available) {
    }

    /** A facet value with its label and count. */
    public record FacetCount(String code, String label, long count) {
    }
}
