package org.thirdspace.curation;

import java.time.Instant;
import java.util.List;

/**
 * A collection with its items in order, as the current user sees it. {@code introduction} is
 * the curator's Markdown, {@code introductionHtml} its sanitized HTML. {@code following}: the
 * current user follows it; {@code canCurate}: they may edit it.
 */
public record CollectionDetails(long id, String slug, String title, String purpose, String introduction,
        String introductionHtml, CollectionStatus status, Instant createdAt, Instant updatedAt, Instant publishedAt,
        List<CollectionItem> items, long followers, boolean following, boolean canCurate) {
}
