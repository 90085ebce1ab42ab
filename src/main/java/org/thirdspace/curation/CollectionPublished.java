package org.thirdspace.curation;

/** A collection was published (for notifications to come). */
public record CollectionPublished(long collectionId, String slug, String title, long byAccountId) {
}
