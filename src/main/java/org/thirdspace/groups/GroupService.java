package org.thirdspace.groups;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Groups and their membership: create and edit, visibility, join requests and invitations,
 * leaving, roles, and the group timeline. Every read answers as the current user may see it:
 * a group the user may not see is reported as not found ({@link GroupException.Kind#NOT_FOUND}).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class GroupService {

    /** Creates a group; the current user becomes its facilitator. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails create(@Valid GroupDraft draft) {
        throw new UnsupportedOperationException("groups: create");
    }

    /**
     * Changes a group (facilitators). {@code expectedVersion}, when given, must match the current
     * version (CONFLICT otherwise). Owners cannot be removed while they still have seats.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails update(long groupId, @Valid GroupDraft draft, Long expectedVersion) {
        throw new UnsupportedOperationException("groups: update");
    }

    /** The group, if the current user may see it. */
    public Optional<GroupDetails> details(long groupId) {
        throw new UnsupportedOperationException("groups: details");
    }

    /** The group or NOT_FOUND. */
    public GroupDetails require(long groupId) {
        return details(groupId).orElseThrow(() -> GroupException.notFound("groups.error.not-found"));
    }

    /** What the current user may do; {@link GroupPermissions#VISITOR} for anonymous users. */
    public GroupPermissions permissions(long groupId) {
        throw new UnsupportedOperationException("groups: permissions");
    }

    /** Whether the current user may see the group at all. */
    public boolean canSee(long groupId) {
        throw new UnsupportedOperationException("groups: canSee");
    }

    /** The current user's current groups, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<GroupSummary> myGroups() {
        throw new UnsupportedOperationException("groups: myGroups");
    }

    /** Groups a person currently belongs to, as far as the current user may see them (for profiles). */
    public List<GroupRef> groupsOf(long personId) {
        throw new UnsupportedOperationException("groups: groupsOf");
    }

    /** Summaries of the given groups the current user may see, in the given order. */
    public List<GroupSummary> summaries(List<Long> groupIds) {
        throw new UnsupportedOperationException("groups: summaries");
    }

    // ------------------------------------------------------------------ membership

    /**
     * Members of a visible group: current ones first (facilitators first, then by name), then
     * former ones (newest leaving first) when {@code includeFormer}. Visible to whoever may see the
     * group; former members only to current members.
     */
    public List<Member> members(long groupId, boolean includeFormer) {
        throw new UnsupportedOperationException("groups: members");
    }

    /**
     * Asks to join a group with join policy REQUEST (CONFLICT when a request is open or already a
     * member). {@code institutionId}: on behalf of one of the user's current institutions, or null.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest requestToJoin(long groupId, String message, Long institutionId) {
        throw new UnsupportedOperationException("groups: requestToJoin");
    }

    /** Withdraws the current user's own open request. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest withdraw(long requestId) {
        throw new UnsupportedOperationException("groups: withdraw");
    }

    /** Facilitators invite a person (CONFLICT when already a member or invited). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest invite(long groupId, long personId, String message, Long institutionId) {
        throw new UnsupportedOperationException("groups: invite");
    }

    /** Facilitators approve a join request: the person becomes a member. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest approve(long requestId) {
        throw new UnsupportedOperationException("groups: approve");
    }

    /** Facilitators decline a join request, with an optional note to the person. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest decline(long requestId, String note) {
        throw new UnsupportedOperationException("groups: decline");
    }

    /** The invited person accepts: they become a member. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest acceptInvitation(long invitationId) {
        throw new UnsupportedOperationException("groups: acceptInvitation");
    }

    /** The invited person declines. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest declineInvitation(long invitationId, String note) {
        throw new UnsupportedOperationException("groups: declineInvitation");
    }

    /** Open join requests and invitations of a group (facilitators). */
    @PreAuthorize("isAuthenticated()")
    public List<JoinRequest> openRequests(long groupId) {
        throw new UnsupportedOperationException("groups: openRequests");
    }

    /** The current user's open invitations and own open requests. */
    @PreAuthorize("isAuthenticated()")
    public List<JoinRequest> myOpenRequests() {
        throw new UnsupportedOperationException("groups: myOpenRequests");
    }

    /**
     * The current user leaves the group. Their seat assignments in it end (reason LEFT_GROUP).
     * The last facilitator cannot leave while other members remain (CONFLICT): hand the role on first.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void leave(long groupId) {
        throw new UnsupportedOperationException("groups: leave");
    }

    /** Facilitators remove a member, with a reason kept in the history. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long groupId, long personId, String reason) {
        throw new UnsupportedOperationException("groups: remove");
    }

    /** Facilitators change a member's role; the last facilitator cannot be demoted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Member changeRole(long groupId, long personId, GroupRole role) {
        throw new UnsupportedOperationException("groups: changeRole");
    }

    // ------------------------------------------------------------------ timeline

    /**
     * The group's timeline, newest first, filtered by type when {@code types} is not empty
     * (members only; FORBIDDEN for others who can see the group).
     */
    public List<HistoryEntry> history(long groupId, Set<HistoryType> types, int offset, int limit) {
        throw new UnsupportedOperationException("groups: history");
    }

    public long historyCount(long groupId, Set<HistoryType> types) {
        throw new UnsupportedOperationException("groups: historyCount");
    }
}
