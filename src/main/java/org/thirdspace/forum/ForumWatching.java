package org.thirdspace.forum;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watching topics and forums, read state and visits. Watching a forum tracks all its topics;
 * starting or replying to a topic watches it. Unread counts come from the read state (the
 * highest post number read per topic).
 */
@Service
@Transactional(readOnly = true)
public class ForumWatching {

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void watch(WatchTarget target) {
        throw new UnsupportedOperationException();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unwatch(WatchTarget target) {
        throw new UnsupportedOperationException();
    }

    /** Whether the current user watches the target (false for visitors). */
    public boolean isWatching(WatchTarget target) {
        throw new UnsupportedOperationException();
    }

    /** Marks a topic read up to post {@code number} (never moves backwards). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long topicId, int number) {
        throw new UnsupportedOperationException();
    }

    /** Marks every topic of a forum read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markForumRead(ForumKey forum) {
        throw new UnsupportedOperationException();
    }

    /** The current user's badge over every forum they may see. */
    public UnreadSummary unread() {
        throw new UnsupportedOperationException();
    }

    /**
     * Records a visit to a forum and returns the previous visit's time (null the first time). A
     * visit lasts while the user comes back within thirty minutes, so reloading keeps markers.
     */
    @Transactional
    public Instant visit(ForumKey forum) {
        throw new UnsupportedOperationException();
    }

    /**
     * Who watches a topic (directly or through its forum) and may still see it, for
     * notifications (issue 8). Not for the UI: no permission check on the caller.
     */
    public Set<Long> watchersOf(long topicId) {
        throw new UnsupportedOperationException();
    }

    /** Topics the current user watches, latest activity first. */
    public List<TopicSummary> watchedTopics(int page, int size) {
        throw new UnsupportedOperationException();
    }
}
