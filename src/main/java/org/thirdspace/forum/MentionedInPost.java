package org.thirdspace.forum;

/**
 * Someone was newly mentioned in a post (on posting, or added by an edit). Only published for
 * people who may see the topic.
 */
public record MentionedInPost(long postId, long topicId, long mentionedPersonId, long byPersonId) {
}
