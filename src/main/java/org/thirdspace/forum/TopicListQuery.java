package org.thirdspace.forum;

/**
 * Lists topics the current user may see, pinned first then by latest activity (newest first).
 * All filters optional: {@code forum} (one category or group forum; null: every visible
 * forum), {@code tag}, {@code solved} (true: questions with an accepted answer; false:
 * questions without), {@code authorPersonId} (topics started by that person),
 * {@code unreadOnly} (topics with unread posts or unseen). Merged topics are left out.
 * {@code page} from 0; {@code size} 1 to 100.
 */
public record TopicListQuery(
        ForumKey forum,
        String tag,
        Boolean solved,
        Long authorPersonId,
        boolean unreadOnly,
        int page,
        int size) {

    public static TopicListQuery of(ForumKey forum, int page, int size) {
        return new TopicListQuery(forum, null, null, null, false, page, size);
    }
}
