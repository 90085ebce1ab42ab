package org.thirdspace.forum;

/**
 * A forum search over topics and posts the current user may see: free text over titles, tags
 * and post text (removed posts are not searched), with filters: {@code categoryId},
 * {@code groupId}, {@code tag}, {@code solved} (true: answered questions, false: unanswered
 * questions), {@code authorPersonId} (posts written by that person). One hit per topic (its
 * best-matching post). Without text: latest activity first. {@code page} from 0; {@code size}
 * 1 to 100.
 */
public record ForumSearchQuery(
        String text,
        Long categoryId,
        Long groupId,
        String tag,
        Boolean solved,
        Long authorPersonId,
        int page,
        int size) {

    public static ForumSearchQuery text(String text) {
        return new ForumSearchQuery(text, null, null, null, null, null, 0, 20);
    }
}
