package org.thirdspace.forum;

/**
 * A signed-in member read posts of a topic they had not read before (a page moved their read
 * mark on): {@code postsRead} new posts of {@code charactersRead} Markdown characters in all.
 * The trust levels estimate read time and count topics entered from it.
 */
public record TopicRead(long topicId, long readerPersonId, int postsRead, int charactersRead) {
}
