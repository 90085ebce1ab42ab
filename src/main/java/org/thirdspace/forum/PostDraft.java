package org.thirdspace.forum;

/**
 * A reply in Markdown (1 to {@link ForumService#MAX_POST} characters after trimming).
 * Mentions are written {@code @[Display Name](person:123)} (the composer's autocomplete
 * inserts them). {@code quotedPostId}: the post of the same topic it quotes (optional).
 */
public record PostDraft(String markdown, Long quotedPostId) {

    public static PostDraft of(String markdown) {
        return new PostDraft(markdown, null);
    }
}
