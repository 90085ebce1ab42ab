package org.thirdspace.curation;

import java.time.Instant;

/** A collection in a list: {@code itemCount} counts every item, also those hidden from the current user. */
public record CollectionSummary(long id, String slug, String title, String purpose, CollectionStatus status,
        int itemCount, long followers, Instant publishedAt, Instant updatedAt) {
}
