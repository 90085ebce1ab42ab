package org.thirdspace.everywhere.internal;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchType;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedPage;
import org.thirdspace.needs.NeedQuery;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedSummary;
import org.thirdspace.security.CurrentUser;

/**
 * Needs through the needs board: signed-in members only (visitors see no needs at all), private
 * groups' needs only for their members and the privileged roles, closed needs only for their
 * authors and the group (all decided by {@link NeedService}). The snippet comes from the
 * description of each shown need, read through {@link NeedService#details} (the same rule again).
 */
@Component
class NeedsSource implements TypeSource {

    private final NeedService needs;
    private final CurrentUser currentUser;

    NeedsSource(NeedService needs, CurrentUser currentUser) {
        this.needs = needs;
        this.currentUser = currentUser;
    }

    @Override
    public SearchType type() {
        return SearchType.NEEDS;
    }

    @Override
    public EverywhereResult.Section search(String text, int page, int size) {
        if (currentUser.id().isEmpty()) {
            return new EverywhereResult.Section(type(), 0, List.of());
        }
        NeedPage result = needs.list(new NeedQuery(text, null, null, page, size));
        List<EverywhereResult.Hit> hits = new ArrayList<>();
        for (NeedSummary need : result.items()) {
            String description = needs.details(need.id()).map(NeedDetails::descriptionHtml)
                    .map(html -> Jsoup.parse(html).text()).orElse("");
            String snippet = TextMarks.pattern(text) != null && TextMarks.pattern(text).matcher(description).find()
                    ? TextMarks.snippet(description, text)
                    : TextMarks.snippet(need.forWhom(), text);
            hits.add(new EverywhereResult.Hit(type(), Long.toString(need.id()), need.title(), "needs/" + need.id(),
                    need.onBehalfOf() == null ? "" : PeopleSource.nz(need.onBehalfOf().name()), snippet));
        }
        return new EverywhereResult.Section(type(), result.total(), hits);
    }
}
