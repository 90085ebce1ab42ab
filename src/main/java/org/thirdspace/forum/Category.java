package org.thirdspace.forum;

import java.time.Instant;

/**
 * A site-wide category as the current user sees it. {@code unreadTopics}: topics they track
 * (read before, or watch, or in a watched forum) with posts they have not read;
 * {@code newTopics}: topics started since their previous visit that they have not opened.
 * Both 0 for visitors.
 */
public record Category(
        long id,
        String slug,
        String name,
        String description,
        CategoryVisibility visibility,
        int position,
        boolean archived,
        long topicCount,
        Instant lastPostedAt,
        int unreadTopics,
        int newTopics,
        boolean watching) {

    public ForumKey forum() {
        return ForumKey.category(id);
    }
}
