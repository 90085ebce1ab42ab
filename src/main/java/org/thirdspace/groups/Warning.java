package org.thirdspace.groups;

/**
 * A single point of failure in a group. Labels: {@code groups.warning.<kind in lower case>}.
 *
 * @param institutionId the side concerned (SINGLE_PERSON_SIDE) or the seat's institution
 * @param seatId        for NO_DEPUTY and VACANT_SEAT
 * @param personName    the only active person (SINGLE_PERSON_SIDE) or the holder (NO_DEPUTY)
 */
public record Warning(Kind kind, Long institutionId, String institutionName, Long seatId, String seatTitle,
        String personName) {

    public enum Kind {
        /** An owning institution with only one active member on its behalf. */
        SINGLE_PERSON_SIDE,
        /** A held seat without a deputy. */
        NO_DEPUTY,
        /** A seat with no current holder. */
        VACANT_SEAT,
        /** A handover still open after the configured number of days. */
        OVERDUE_HANDOVER,
        /** No self-review within the last year (or none since the group was created a year ago). */
        REVIEW_DUE
    }
}
