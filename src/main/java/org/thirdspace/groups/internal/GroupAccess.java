package org.thirdspace.groups.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupPermissions;

/**
 * Who may see and do what in a group, for the current user. Every service of the module checks
 * through here. Unknown and invisible groups both raise NOT_FOUND.
 */
@Component
public class GroupAccess {

    /** The current user's person id; empty for anonymous users (or an account without profile). */
    public Optional<Long> myPersonId() {
        throw new UnsupportedOperationException("access");
    }

    /** The current user's person id or FORBIDDEN. */
    public long requireMe() {
        throw new UnsupportedOperationException("access");
    }

    public boolean canSee(long groupId) {
        throw new UnsupportedOperationException("access");
    }

    /** NOT_FOUND unless the current user may see the group. */
    public void requireVisible(long groupId) {
        throw new UnsupportedOperationException("access");
    }

    /** NOT_FOUND if invisible, FORBIDDEN if visible but the user is not a current member; returns their person id. */
    public long requireMember(long groupId) {
        throw new UnsupportedOperationException("access");
    }

    /** As {@link #requireMember} but facilitator or co-facilitator; returns their person id. */
    public long requireManager(long groupId) {
        throw new UnsupportedOperationException("access");
    }

    public boolean isManager(long groupId) {
        throw new UnsupportedOperationException("access");
    }

    public boolean isMember(long groupId) {
        throw new UnsupportedOperationException("access");
    }

    public GroupPermissions permissions(long groupId) {
        throw new UnsupportedOperationException("access");
    }

    /** Whether the person is a current member of the group. */
    public boolean isCurrentMember(long groupId, long personId) {
        throw new UnsupportedOperationException("access");
    }

    /** Person ids of the group's current facilitators and co-facilitators. */
    public List<Long> managerPersonIds(long groupId) {
        throw new UnsupportedOperationException("access");
    }
}
