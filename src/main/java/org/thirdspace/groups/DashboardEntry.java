package org.thirdspace.groups;

import java.util.List;

/** One group on the facilitator dashboard: what needs attention. */
public record DashboardEntry(
        GroupSummary group,
        List<Warning> warnings,
        int pendingJoinRequests,
        List<Handover> openHandovers,
        boolean reviewDue) {
}
