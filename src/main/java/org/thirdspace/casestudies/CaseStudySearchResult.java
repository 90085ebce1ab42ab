package org.thirdspace.casestudies;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Published case studies the current user may see that match, with highlighted fragments
 * (HTML-escaped, {@code <mark>} around matches; {@code part} names where: title, summary or a
 * field code) and facet counts over the visible matches only (facets {@code activity},
 * {@code sector}, {@code phase}, {@code region}, {@code model}, {@code evidence}, {@code good-practice} with codes {@code true}/{@code false}).
 */
public record CaseStudySearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public record Hit(long id, String title, String summary, List<Highlight> highlights, Set<String> activities,
            Set<String> regions, Integer modelLevel, String evidenceStrength, String groupName, Instant publishedAt,
            boolean dueForReview) {
    }

    public record Highlight(String part, String html) {
    }

    public record FacetCount(String code, long count) {
    }
}
