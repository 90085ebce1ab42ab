package org.thirdspace.groups.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.Member;

/** Membership operations other parts of the module need (seats, handovers, warnings). No permission checks. */
@Component
public class Memberships {

    /**
     * Makes the person a current member (role MEMBER) on behalf of the institution, unless they
     * are one already (then their role is kept; a personal membership gets the institution).
     * Records JOINED in the history with the actor and publishes MembershipChanged/GroupChanged.
     */
    public Member ensureMember(long groupId, long personId, Long institutionId, Long actor) {
        throw new UnsupportedOperationException("memberships");
    }

    /** Current members of a group (any role). */
    public List<Member> current(long groupId) {
        throw new UnsupportedOperationException("memberships");
    }

    /** Current member ids of a group. */
    public List<Long> currentPersonIds(long groupId) {
        throw new UnsupportedOperationException("memberships");
    }

    /** The person's current role in the group, or null. */
    public GroupRole roleOf(long groupId, long personId) {
        throw new UnsupportedOperationException("memberships");
    }
}
