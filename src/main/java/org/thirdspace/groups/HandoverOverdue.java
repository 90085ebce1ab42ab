package org.thirdspace.groups;

/** A handover is still open after the configured number of days (published once). */
public record HandoverOverdue(long groupId, long handoverId) {
}
