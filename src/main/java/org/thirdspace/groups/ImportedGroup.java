package org.thirdspace.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A group with its past, for bulk import (demo data, migrations from other platforms): dated
 * memberships, seats with past and current holders and deputies, open handovers, self-reviews and
 * meetings. See {@link GroupImport}.
 */
public record ImportedGroup(
        GroupDraft draft,
        Instant createdAt,
        long createdByPersonId,
        Stage stage,
        LocalDate stageChangedOn,
        String closureReason,
        List<ImportedMember> members,
        List<ImportedSeat> seats,
        List<ImportedReview> reviews,
        List<ImportedMeeting> meetings) {

    /** A membership stint; {@code leftAt} null while current. */
    public record ImportedMember(long personId, GroupRole role, Long institutionId, Instant joinedAt, Instant leftAt) {
    }

    /** A seat with its assignments in date order and, optionally, an open handover. */
    public record ImportedSeat(long institutionId, String title, String roleCode, List<ImportedAssignment> assignments,
            ImportedHandover openHandover) {
    }

    public record ImportedAssignment(long personId, SeatAssignment.Kind kind, LocalDate startedOn, LocalDate endedOn,
            SeatAssignment.EndReason endReason) {
    }

    /**
     * An open handover of the seat from its last holder (whose assignment must have ended with
     * AFFILIATION_ENDED or STEPPED_DOWN); nominated when {@code successorPersonId} is set.
     */
    public record ImportedHandover(long outgoingPersonId, LocalDate openedOn, HandoverNote note, Long successorPersonId) {
    }

    public record ImportedReview(long recordedByPersonId, NewSelfReview review) {
    }

    public record ImportedMeeting(LocalDate heldOn, String title, String notes, Set<Long> attendeePersonIds,
            long recordedByPersonId) {
    }
}
