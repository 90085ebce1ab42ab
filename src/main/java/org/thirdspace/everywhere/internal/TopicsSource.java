package org.thirdspace.everywhere.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchType;
import org.thirdspace.forum.ForumSearch;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.ForumSearchResult;

/** Forum topics through the forum search: private groups' forums only for members, members-only categories for signed-in users. */
@Component
class TopicsSource implements TypeSource {

    private final ForumSearch search;

    TopicsSource(ForumSearch search) {
        this.search = search;
    }

    @Override
    public SearchType type() {
        return SearchType.TOPICS;
    }

    @Override
    public EverywhereResult.Section search(String text, int page, int size) {
        ForumSearchResult result = search.search(new ForumSearchQuery(text, null, null, null, null, null, page, size));
        List<EverywhereResult.Hit> hits = result.hits().stream().map(hit -> new EverywhereResult.Hit(type(),
                Long.toString(hit.topicId()), hit.title(), link(hit), PeopleSource.nz(hit.forumName()), snippet(hit)))
                .toList();
        return new EverywhereResult.Section(type(), result.total(), hits);
    }

    /** The topic, at the best-matching post when that is a reply. */
    private static String link(ForumSearchResult.Hit hit) {
        String topic = "forum/t/" + hit.topicId();
        return hit.postNumber() != null && hit.postNumber() > 1 ? topic + "?post=" + hit.postNumber() : topic;
    }

    private static String snippet(ForumSearchResult.Hit hit) {
        return hit.highlights().stream().filter(h -> !"title".equals(h.part())).findFirst()
                .or(() -> hit.highlights().stream().findFirst())
                .map(ForumSearchResult.Highlight::html).orElse("");
    }
}
