package org.thirdspace.forum;

/**
 * A forum post as the moderation queue shows it: where it is, who wrote it, a plain-text
 * {@code excerpt} of its Markdown (at most {@link ForumPostModeration#EXCERPT} characters) and
 * whether it is hidden pending review or removed.
 */
public record ModeratedPost(long postId, long topicId, int number, String topicTitle, long authorPersonId,
        String authorName, String excerpt, boolean hidden, boolean removed) {

    /** The app-relative link to the post on its topic page. */
    public String link() {
        return "forum/t/" + topicId + "?post=" + number;
    }
}
