package org.thirdspace.casestudies.internal.search;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdspace.security.CurrentUser;

/**
 * Who is searching: logged in or not (as the groups module decides who sees MEMBERS_ONLY
 * groups: a current account), and the groups they currently belong to (whose PRIVATE case
 * studies they see). The groups are read in one query from the current memberships
 * ({@code group_membership.current_slot = 1}, the groups module's definition of a current
 * member), like the index loader reads group names and visibility: going through
 * {@code GroupService.groupsOf} loaded and checked whole groups and cost more than the search
 * itself (8 ms at the median, 29 ms at p95 in the benchmark).
 */
@Component
public class CaseStudyViewers {

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    CaseStudyViewers(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The current user as a searcher. */
    public CaseStudyQueries.Viewer current() {
        Optional<Long> account = currentUser.id();
        if (account.isEmpty()) {
            return CaseStudyQueries.Viewer.ANONYMOUS;
        }
        Set<Long> groups = new HashSet<>(jdbc.sql("""
                select m.group_id from group_membership m join person p on p.id = m.person_id
                where p.account_id = :account and m.current_slot = 1""")
                .param("account", account.get()).query(Long.class).list());
        return new CaseStudyQueries.Viewer(true, groups);
    }
}
