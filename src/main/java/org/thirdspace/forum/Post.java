package org.thirdspace.forum;

import java.time.Instant;

/**
 * A post as the current user may see it. {@code number} 1 is the topic's opening post.
 * {@code html} is the sanitised rendering (mentions are links to profiles); {@code markdown} is
 * the source, given only to those who may edit or quote it. A removed post has
 * {@code removed}, null {@code html} and {@code markdown}, and {@code removalReason} only for
 * its author and moderators. A post {@code hidden} pending moderator review keeps its text for its
 * author and moderators only; others get null {@code html} and {@code markdown}. {@code quotedPostId}/{@code quotedPostNumber}: the post it
 * replies to by quoting (same topic), if any. {@code unread}: after the reader's last read post.
 */
public record Post(
        long id,
        long topicId,
        int number,
        long authorPersonId,
        String authorName,
        String html,
        String markdown,
        Instant createdAt,
        Instant editedAt,
        int revisionCount,
        int helpfulCount,
        boolean helpfulByMe,
        boolean removed,
        boolean hidden,
        String removalReason,
        Long quotedPostId,
        Integer quotedPostNumber,
        boolean accepted,
        boolean unread,
        PostPermissions permissions) {
}
