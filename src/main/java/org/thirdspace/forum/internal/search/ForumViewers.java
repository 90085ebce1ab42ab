package org.thirdspace.forum.internal.search;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.groups.GroupService;
import org.thirdspace.security.CurrentUser;

/**
 * Who is searching the forums: logged in or not (a current account, as the groups module decides
 * who sees MEMBERS_ONLY groups), the groups they currently belong to (whose private forums they
 * see; {@code GroupService.myGroupIds}, one query), and the categories they may read: all for
 * logged-in users, the PUBLIC ones (read per search: a handful of rows) for visitors.
 */
@Component
public class ForumViewers {

    private final CurrentUser currentUser;
    private final GroupService groups;
    private final JdbcClient jdbc;

    ForumViewers(CurrentUser currentUser, GroupService groups, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.groups = groups;
        this.jdbc = jdbc;
    }

    /** The current user as a searcher. */
    public ForumQueries.Viewer current() {
        if (currentUser.id().isEmpty()) {
            Set<Long> publicCategories = jdbc.sql("select id from forum_category where visibility = :visibility")
                    .param("visibility", CategoryVisibility.PUBLIC.name())
                    .query(Long.class).list().stream().collect(Collectors.toUnmodifiableSet());
            return new ForumQueries.Viewer(false, Set.of(), publicCategories);
        }
        return new ForumQueries.Viewer(true, groups.myGroupIds(), null);
    }
}
