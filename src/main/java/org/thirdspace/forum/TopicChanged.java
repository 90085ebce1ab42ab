package org.thirdspace.forum;

/**
 * Anything about a topic or its posts changed (a post added, edited, removed or reacted to; the
 * title, tags, accepted answer, pin/lock/close, a move, split or merge). The search index
 * rewrites the topic's documents; a topic that no longer exists or was merged is removed.
 */
public record TopicChanged(long topicId) {
}
