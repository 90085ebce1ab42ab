package org.thirdspace.groups.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupPermissions;
import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.JoinRequest;
import org.thirdspace.groups.Stage;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.CurrentUser;

/**
 * Who may see and do what in a group, for the current user. Every service of the module checks
 * through here. Unknown and invisible groups both raise NOT_FOUND, so a private group's existence
 * never leaks; there is no exception for admins. A private group is visible to its current members
 * and to people with an open invitation to it (who must be able to read what they are invited to).
 */
@Component
@Transactional(readOnly = true)
public class GroupAccess {

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final GroupJoinRepository joins;
    private final CurrentUser currentUser;
    private final PeopleService people;

    GroupAccess(GroupRepository groups, MembershipRepository memberships, GroupJoinRepository joins,
            CurrentUser currentUser, PeopleService people) {
        this.groups = groups;
        this.memberships = memberships;
        this.joins = joins;
        this.currentUser = currentUser;
        this.people = people;
    }

    /** The current user's person id; empty for anonymous users (or an account without profile). */
    public Optional<Long> myPersonId() {
        return people.myPersonId();
    }

    /** The current user's person id or FORBIDDEN. */
    public long requireMe() {
        return myPersonId().orElseThrow(() -> GroupException.forbidden("groups.error.no-profile"));
    }

    public boolean canSee(long groupId) {
        return groups.findById(groupId).map(this::canSee).orElse(false);
    }

    /** Whether the current user may see this group. */
    public boolean canSee(Group group) {
        return canSee(group.visibility(), group.id(), myPersonId());
    }

    /** Visibility for many groups: who the user is is looked up once, not once per group. */
    public java.util.function.Predicate<Group> visibleToMe() {
        Optional<Long> me = myPersonId();
        return group -> canSee(group.visibility(), group.id(), me);
    }

    boolean canSee(GroupVisibility visibility, long groupId, Optional<Long> me) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS_ONLY -> currentUser.id().isPresent();
            case PRIVATE -> me.isPresent() && (memberships.findCurrent(groupId, me.get()).isPresent()
                    || joins.findOpen(groupId, me.get()).filter(j -> j.kind() == JoinRequest.Kind.INVITATION)
                            .isPresent());
        };
    }

    /** Whether the person has an open invitation to the group. */
    public boolean isInvited(long groupId, long personId) {
        return joins.findOpen(groupId, personId).filter(j -> j.kind() == JoinRequest.Kind.INVITATION).isPresent();
    }

    /** The group if the current user may see it, else NOT_FOUND. */
    public Group visibleGroup(long groupId) {
        return groups.findById(groupId).filter(this::canSee)
                .orElseThrow(() -> GroupException.notFound("groups.error.not-found"));
    }

    /** NOT_FOUND unless the current user may see the group. */
    public void requireVisible(long groupId) {
        visibleGroup(groupId);
    }

    /** NOT_FOUND if invisible, FORBIDDEN if visible but the user is not a current member; returns their person id. */
    public long requireMember(long groupId) {
        visibleGroup(groupId);
        Long me = myPersonId().orElseThrow(() -> GroupException.forbidden("groups.error.forbidden"));
        memberships.findCurrent(groupId, me).orElseThrow(() -> GroupException.forbidden("groups.error.forbidden"));
        return me;
    }

    /** As {@link #requireMember} but facilitator or co-facilitator; returns their person id. */
    public long requireManager(long groupId) {
        visibleGroup(groupId);
        Long me = myPersonId().orElseThrow(() -> GroupException.forbidden("groups.error.manager-only"));
        memberships.findCurrent(groupId, me).filter(m -> m.role().manages())
                .orElseThrow(() -> GroupException.forbidden("groups.error.manager-only"));
        return me;
    }

    public boolean isManager(long groupId) {
        return myPersonId().flatMap(me -> memberships.findCurrent(groupId, me)).map(m -> m.role().manages())
                .orElse(false);
    }

    public boolean isMember(long groupId) {
        return myPersonId().flatMap(me -> memberships.findCurrent(groupId, me)).isPresent();
    }

    public GroupPermissions permissions(long groupId) {
        Optional<Group> group = groups.findById(groupId);
        if (group.isEmpty() || currentUser.id().isEmpty()) {
            return GroupPermissions.VISITOR;
        }
        Optional<Long> me = myPersonId();
        if (me.isEmpty() || !canSee(group.get().visibility(), groupId, me)) {
            return GroupPermissions.VISITOR;
        }
        GroupRole role = memberships.findCurrent(groupId, me.get()).map(Membership::role).orElse(null);
        Optional<GroupJoin> open = role == null ? joins.findOpen(groupId, me.get()) : Optional.empty();
        Long requestId = open.filter(j -> j.kind() == JoinRequest.Kind.REQUEST).map(GroupJoin::id).orElse(null);
        Long invitationId = open.filter(j -> j.kind() == JoinRequest.Kind.INVITATION).map(GroupJoin::id).orElse(null);
        boolean mayRequest = role == null && open.isEmpty() && group.get().joinPolicy() == JoinPolicy.REQUEST
                && group.get().stage() != Stage.CLOSED;
        return new GroupPermissions(role != null, role, role != null && role.manages(), mayRequest, requestId,
                invitationId);
    }

    /** Whether the person is a current member of the group. */
    public boolean isCurrentMember(long groupId, long personId) {
        return memberships.findCurrent(groupId, personId).isPresent();
    }

    /** Person ids of the group's current facilitators and co-facilitators. */
    public List<Long> managerPersonIds(long groupId) {
        return memberships.findCurrentOf(groupId).stream().filter(m -> m.role().manages())
                .map(Membership::personId).toList();
    }
}
