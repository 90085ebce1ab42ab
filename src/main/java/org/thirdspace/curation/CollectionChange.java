package org.thirdspace.curation;

import java.util.List;

/**
 * A change to a collection with JSON merge-patch semantics: a null component leaves that part as
 * it is. {@code itemOrder} must list every item id of the collection exactly once, in the new order.
 */
public record CollectionChange(String title, String purpose, String introduction, CollectionStatus status,
        List<Long> itemOrder) {
}
