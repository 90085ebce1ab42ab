package org.thirdspace.groups;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A handover of a seat: opened when the holder's affiliation with the seat's institution ended.
 * The outgoing holder (or a facilitator) writes the note and nominates a successor from that
 * institution; the successor accepts (and takes the seat) or declines (back to OPEN).
 * {@code noteHtml} holds the same sections rendered and sanitised. {@code contacts}: the group's
 * current seat holders and deputies the successor is introduced to on accepting. {@code overdue}: still not
 * accepted after the configured number of days ({@code dueOn} passed).
 */
public record Handover(
        long id,
        long groupId,
        String groupName,
        long seatId,
        String seatTitle,
        long institutionId,
        String institutionName,
        long outgoingPersonId,
        String outgoingName,
        Status status,
        HandoverNote note,
        HandoverNote noteHtml,
        Instant noteUpdatedAt,
        String noteUpdatedByName,
        Long successorPersonId,
        String successorName,
        Instant openedAt,
        LocalDate dueOn,
        boolean overdue,
        Instant nominatedAt,
        Instant acceptedAt,
        String declinedReason,
        java.util.List<HandoverContact> contacts,
        HandoverPermissions permissions) {

    public enum Status {
        /** Waiting for a note and a nominee. */
        OPEN,
        /** A successor is nominated and has not answered yet. */
        NOMINATED,
        /** The successor took the seat. */
        ACCEPTED,
        /** Closed without successor (seat retired, or a facilitator filled the seat directly). */
        CANCELLED
    }

    /** What the current user may do with this handover. */
    public record HandoverPermissions(boolean writeNote, boolean nominate, boolean answer) {
    }
}
