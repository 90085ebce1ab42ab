package org.thirdspace.casestudies.internal.search;

import java.util.Optional;

import org.thirdspace.groups.GroupService;
import org.springframework.stereotype.Component;
import org.thirdspace.security.CurrentUser;

/**
 * Who is searching: logged in or not (as the groups module decides who sees MEMBERS_ONLY
 * groups: a current account), and the groups they currently belong to (whose PRIVATE case
 * studies they see), through {@code GroupService.myGroupIds} (one query of current
 * memberships: loading and checking whole groups cost more than the search itself).
 */
@Component
public class CaseStudyViewers {

    private final CurrentUser currentUser;
    private final GroupService groups;

    CaseStudyViewers(CurrentUser currentUser, GroupService groups) {
        this.currentUser = currentUser;
        this.groups = groups;
    }

    /** The current user as a searcher. */
    public CaseStudyQueries.Viewer current() {
        Optional<Long> account = currentUser.id();
        if (account.isEmpty()) {
            return CaseStudyQueries.Viewer.ANONYMOUS;
        }
        return new CaseStudyQueries.Viewer(true, groups.myGroupIds());
    }
}
