package org.thirdspace.everywhere.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thirdspace.curation.CollectionSummary;
import org.thirdspace.curation.CurationService;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchType;

/**
 * Good-practice collections through the curation service's own listing: published collections
 * whose title or purpose contains the text, for everyone; drafts never (curators find theirs
 * under {@code collections}).
 */
@Component
class CollectionsSource implements TypeSource {

    private final CurationService curation;

    CollectionsSource(CurationService curation) {
        this.curation = curation;
    }

    @Override
    public SearchType type() {
        return SearchType.COLLECTIONS;
    }

    @Override
    public EverywhereResult.Section search(String text, int page, int size) {
        long total = curation.count(text, false);
        if (total == 0) {
            return new EverywhereResult.Section(type(), 0, List.of());
        }
        List<EverywhereResult.Hit> hits = curation.list(text, false, page, size).stream()
                .map(c -> hit(c, text)).toList();
        return new EverywhereResult.Section(type(), total, hits);
    }

    private EverywhereResult.Hit hit(CollectionSummary c, String text) {
        return new EverywhereResult.Hit(type(), c.slug(), c.title(), "collections/" + c.slug(), "",
                TextMarks.snippet(c.purpose(), text));
    }
}
