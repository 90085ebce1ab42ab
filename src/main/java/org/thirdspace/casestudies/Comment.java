package org.thirdspace.casestudies;

import java.time.Instant;

/**
 * A discussion comment. A deleted comment keeps its place with {@code deleted} set and no text.
 * {@code html} is the sanitised rendering of {@code markdown}. A comment {@code hidden} pending
 * moderator review has no text either, except for its author and moderators, who see it with the
 * flag set. {@code editedByModerator}: its text was last replaced by a moderator (issue 7).
 */
public record Comment(long id, long authorPersonId, String authorName, String markdown, String html,
        Instant createdAt, Instant editedAt, boolean deleted, boolean mine, boolean hidden,
        boolean editedByModerator) {

    /** Whether the text is withheld from the current user (hidden, and they are neither author nor moderator). */
    public boolean withheld() {
        return hidden && html == null;
    }
}
