package org.thirdspace.forum;

/** A topic was started (its first post is {@code firstPostId}). */
public record TopicCreated(long topicId, long firstPostId, ForumKey forum, TopicKind kind, long authorPersonId,
        String title) {
}
