package org.thirdspace.casestudies;

import java.time.Instant;

/**
 * A discussion comment. A deleted comment keeps its place with {@code deleted} set and no text.
 * {@code html} is the sanitised rendering of {@code markdown}.
 */
public record Comment(long id, long authorPersonId, String authorName, String markdown, String html,
        Instant createdAt, Instant editedAt, boolean deleted, boolean mine) {
}
