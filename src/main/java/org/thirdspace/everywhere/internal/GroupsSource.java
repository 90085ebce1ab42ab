package org.thirdspace.everywhere.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchType;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupSearchResult;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.OwnerInstitution;

/** Groups through the groups search: private groups only for their members, members-only for signed-in users. */
@Component
class GroupsSource implements TypeSource {

    private final GroupSearch search;

    GroupsSource(GroupSearch search) {
        this.search = search;
    }

    @Override
    public SearchType type() {
        return SearchType.GROUPS;
    }

    @Override
    public EverywhereResult.Section search(String text, int page, int size) {
        GroupSearchResult result = search.search(new GroupSearchQuery(text, null, null, null, null, null, null, page,
                size));
        List<EverywhereResult.Hit> hits = result.hits().stream().map(hit -> {
            GroupSummary group = hit.group();
            String owners = group.institutions().stream().map(OwnerInstitution::name).collect(Collectors.joining(", "));
            String snippet = hit.highlights().isEmpty() ? PeopleSource.escape(group.purposeExcerpt())
                    : hit.highlights().getFirst();
            return new EverywhereResult.Hit(type(), Long.toString(group.id()), group.name(), "groups/" + group.id(),
                    owners, snippet);
        }).toList();
        return new EverywhereResult.Section(type(), result.total(), hits);
    }
}
