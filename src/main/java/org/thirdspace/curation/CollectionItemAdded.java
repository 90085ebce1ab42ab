package org.thirdspace.curation;

/** An item was added to a collection; {@code published}: the collection is published (followers may be told). */
public record CollectionItemAdded(long collectionId, long itemId, ItemKind kind, String title, boolean published,
        long byAccountId) {
}
