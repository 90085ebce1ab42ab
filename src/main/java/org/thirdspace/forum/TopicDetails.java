package org.thirdspace.forum;

import java.time.Instant;

/**
 * A topic with what the current user needs to read it: the accepted answer (shown under the
 * question; null when none or not a question), permissions, watching, read state
 * ({@code lastReadNumber} 0 when never read; {@code firstUnreadNumber} null when all read) and
 * {@code previousVisitAt} (their visit before this one to the topic's forum, null on the first).
 */
public record TopicDetails(
        TopicSummary summary,
        Post acceptedAnswer,
        TopicPermissions permissions,
        boolean watching,
        int lastReadNumber,
        Integer firstUnreadNumber,
        Instant previousVisitAt,
        long postCount,
        int pageCount) {

    public long id() {
        return summary.id();
    }
}
