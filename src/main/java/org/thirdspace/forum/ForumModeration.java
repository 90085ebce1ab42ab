package org.thirdspace.forum;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderator tools: pin, lock, close, move between forums, split replies into a new topic,
 * merge duplicates. Site moderators moderate every forum they may see; a group's facilitators
 * moderate its forum. Anyone else: FORBIDDEN (NOT_FOUND when they may not even see it).
 * Moving, splitting and merging across forums needs the right to moderate both.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ForumModeration {

    /** Pinned topics come first in their forum. */
    public TopicDetails pin(long topicId, boolean pinned) {
        throw new UnsupportedOperationException();
    }

    /** A locked topic takes replies, edits and reactions from moderators only. */
    public TopicDetails lock(long topicId, boolean locked) {
        throw new UnsupportedOperationException();
    }

    /** A closed topic takes no replies from anyone until reopened. */
    public TopicDetails close(long topicId, boolean closed) {
        throw new UnsupportedOperationException();
    }

    /** Moves a topic to another forum. */
    public TopicDetails move(long topicId, ForumKey target) {
        throw new UnsupportedOperationException();
    }

    /**
     * Splits replies (not the opening post) into a new topic in {@code target} with
     * {@code title}: the earliest becomes its opening post, the rest follow in order. Their old
     * numbers redirect ({@link ForumService#locate}). Returns the new topic.
     */
    public TopicDetails split(long topicId, List<Long> postIds, String title, ForumKey target) {
        throw new UnsupportedOperationException();
    }

    /**
     * Merges a duplicate into another topic: the duplicate's posts follow the survivor's, in
     * time order; the duplicate stays as a closed redirect to the survivor. Returns the survivor.
     */
    public TopicDetails merge(long duplicateTopicId, long survivorTopicId) {
        throw new UnsupportedOperationException();
    }
}
