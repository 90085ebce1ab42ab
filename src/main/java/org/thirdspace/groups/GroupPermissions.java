package org.thirdspace.groups;

/**
 * What the current user may do in a group (for showing buttons; services check again).
 *
 * @param member            a current member
 * @param role              their role, null when not a member
 * @param manage            facilitator or co-facilitator (or admin): edit, invite, approve, seats, record
 * @param mayRequestToJoin  logged in, not a member, join policy REQUEST and no open request
 * @param pendingRequestId  the user's own open join request, if any
 * @param pendingInvitationId an open invitation to the user, if any
 */
public record GroupPermissions(
        boolean member,
        GroupRole role,
        boolean manage,
        boolean mayRequestToJoin,
        Long pendingRequestId,
        Long pendingInvitationId) {

    public static final GroupPermissions VISITOR = new GroupPermissions(false, null, false, false, null, null);
}
