package org.thirdspace.forum;

/**
 * A reply was posted. Listeners find who to tell with {@link ForumWatching#watchersOf(long)}
 * (which leaves out people who may no longer see the topic).
 */
public record PostCreated(long postId, long topicId, int number, ForumKey forum, long authorPersonId) {
}
