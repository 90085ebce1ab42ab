package org.thirdspace.forum;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Matching topics with highlighted fragments (HTML-escaped, {@code <mark>} around matches;
 * {@code part} is {@code title} or {@code post}, with the post's number) and facet counts of
 * matching topics over what the viewer may see ({@code category}, {@code group}, {@code tag},
 * {@code solved}; codes are ids, tags, and {@code true}/{@code false}).
 */
public record ForumSearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public record Hit(long topicId, String title, ForumKey forum, String forumName, TopicKind kind, boolean solved,
            List<String> tags, long authorPersonId, String authorName, int replyCount, Instant lastPostedAt,
            Integer postNumber, List<Highlight> highlights) {
    }

    public record Highlight(String part, Integer postNumber, String html) {
    }

    public record FacetCount(String code, String label, long count) {
    }
}
