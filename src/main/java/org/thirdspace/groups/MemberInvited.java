package org.thirdspace.groups;

/** A facilitator invited a person. */
public record MemberInvited(long groupId, long invitationId, long personId, Long invitedByPersonId) {
}
