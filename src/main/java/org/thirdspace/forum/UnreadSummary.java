package org.thirdspace.forum;

/**
 * The current user's forum badge: topics they track with unread posts, those posts, and new
 * topics since their previous visit in forums they watch.
 */
public record UnreadSummary(int unreadTopics, long unreadPosts, int newTopics) {

    public static final UnreadSummary NONE = new UnreadSummary(0, 0, 0);
}
