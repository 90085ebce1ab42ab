package org.thirdspace.groups;

import jakarta.validation.constraints.Size;

/** The structured handover note, each section Markdown (at most 4,000 characters each). */
public record HandoverNote(
        @Size(max = 4000) String liveAgreements,
        @Size(max = 4000) String partnerContacts,
        @Size(max = 4000) String openIssues,
        @Size(max = 4000) String yearlyCalendar,
        @Size(max = 4000) String other) {

    public static final HandoverNote EMPTY = new HandoverNote(null, null, null, null, null);

    public boolean isEmpty() {
        return blank(liveAgreements) && blank(partnerContacts) && blank(openIssues) && blank(yearlyCalendar)
                && blank(other);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
