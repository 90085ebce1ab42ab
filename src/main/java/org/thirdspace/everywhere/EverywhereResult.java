package org.thirdspace.everywhere;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search everywhere found for the current user.
 *
 * @param counts      for every type (always all six), how many matches the user may see; 0 for a
 *                    type in {@code unavailable}
 * @param sections    the hits: one section for the requested type, or one per type (in tab order)
 *                    without one
 * @param unavailable types whose search failed (e.g. the search index is down): counted as 0
 */
public record EverywhereResult(EverywhereQuery query, Map<SearchType, Long> counts, List<Section> sections,
        Set<SearchType> unavailable) {

    public EverywhereResult {
        counts = Map.copyOf(counts);
        sections = List.copyOf(sections);
        unavailable = Set.copyOf(unavailable);
    }

    /** All counts added up. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The section of one type (empty hits when it was not asked for). */
    public Section section(SearchType type) {
        return sections.stream().filter(s -> s.type() == type).findFirst()
                .orElse(new Section(type, counts.getOrDefault(type, 0L), List.of()));
    }

    /** The hits of one type: {@code total} matches, this page in {@code hits}. */
    public record Section(SearchType type, long total, List<Hit> hits) {

        public Section {
            hits = List.copyOf(hits);
        }
    }

    /**
     * One match.
     *
     * @param id      the item's id in its feature (a collection's slug for collections)
     * @param title   plain text
     * @param link    the app route that shows it, relative (e.g. {@code groups/12})
     * @param context plain text saying where it is or who it is (institution, forum, group kind, ...); may be empty
     * @param snippet HTML: escaped text in which only {@code <mark>} and {@code </mark>} are markup; may be empty
     */
    public record Hit(SearchType type, String id, String title, String link, String context, String snippet) {
    }
}
