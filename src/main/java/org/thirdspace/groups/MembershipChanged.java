package org.thirdspace.groups;

/** Published when someone joined ({@code joined}) or left or was removed from a group. */
public record MembershipChanged(long groupId, long personId, boolean joined) {
}
