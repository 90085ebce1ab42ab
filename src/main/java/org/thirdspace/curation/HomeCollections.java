package org.thirdspace.curation;

import java.util.List;

/**
 * The home-page panel: the collections the member follows, each with its latest visible items;
 * when they follow none, a few published collections to discover.
 */
public record HomeCollections(List<Followed> followed, List<CollectionSummary> discover) {

    public record Followed(CollectionSummary collection, List<CollectionItem> latestItems) {
    }
}
