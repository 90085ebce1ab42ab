package org.thirdspace.groups;

/** Someone the successor of a handover is introduced to: a current holder or deputy of another seat. */
public record HandoverContact(long personId, String displayName, String seatTitle, String institutionName) {
}
