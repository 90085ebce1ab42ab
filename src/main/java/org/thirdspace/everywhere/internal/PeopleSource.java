package org.thirdspace.everywhere.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchType;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.FinderResult;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewers;

/** People through the finder: hidden profiles never, members-only ones for signed-in users only. */
@Component
class PeopleSource implements TypeSource {

    private final PeopleFinder finder;
    private final Viewers viewers;

    PeopleSource(PeopleFinder finder, Viewers viewers) {
        this.finder = finder;
        this.viewers = viewers;
    }

    @Override
    public SearchType type() {
        return SearchType.PEOPLE;
    }

    @Override
    public EverywhereResult.Section search(String text, int page, int size) {
        FinderResult result = finder.search(FinderQuery.of(text).withPage(page, size), viewers.current());
        List<EverywhereResult.Hit> hits = result.items().stream().map(item -> new EverywhereResult.Hit(type(),
                Long.toString(item.id()), item.displayName(), "people/" + item.id(), nz(item.institution()),
                item.highlights().isEmpty() ? escape(item.headline()) : item.highlights().getFirst())).toList();
        return new EverywhereResult.Section(type(), result.total(), hits);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String escape(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
