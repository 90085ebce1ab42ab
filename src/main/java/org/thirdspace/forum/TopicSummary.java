package org.thirdspace.forum;

import java.time.Instant;
import java.util.List;

/**
 * A topic in a list. {@code replyCount} counts replies that are not removed;
 * {@code lastPostNumber} is the highest post number (numbers can have gaps after a split).
 * {@code unreadCount}: posts after the current user's last read one, for topics they track
 * (0 otherwise and for visitors); {@code unseen}: never opened by them although started
 * since their previous visit; {@code newActivity}: posts since their previous visit.
 * {@code mergedIntoId}: the topic was merged into that one (a closed redirect).
 */
public record TopicSummary(
        long id,
        ForumKey forum,
        String forumName,
        TopicKind kind,
        String title,
        long authorPersonId,
        String authorName,
        Instant createdAt,
        Instant lastPostedAt,
        Long lastPosterPersonId,
        String lastPosterName,
        int replyCount,
        int lastPostNumber,
        List<String> tags,
        boolean solved,
        boolean pinned,
        boolean locked,
        boolean closed,
        Long mergedIntoId,
        int unreadCount,
        boolean unseen,
        boolean newActivity) {
}
