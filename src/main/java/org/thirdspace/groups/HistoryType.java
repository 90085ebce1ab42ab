package org.thirdspace.groups;

/** Kinds of group timeline entries; labels are {@code groups.history.<name in lower case>} in the bundles. */
public enum HistoryType {
    GROUP_CREATED,
    GROUP_UPDATED,
    STAGE_CHANGED,
    MODEL_LEVEL_CHANGED,
    JOIN_REQUESTED,
    JOIN_DECLINED,
    INVITED,
    INVITATION_DECLINED,
    JOINED,
    LEFT,
    REMOVED,
    ROLE_CHANGED,
    /** The member's affiliation with the institution they represented ended: now in a personal capacity. */
    CAPACITY_CHANGED,
    SEAT_CREATED,
    SEAT_RETIRED,
    SEAT_ASSIGNED,
    SEAT_ASSIGNMENT_ENDED,
    HANDOVER_STARTED,
    HANDOVER_NOTE_WRITTEN,
    HANDOVER_NOMINATED,
    HANDOVER_ACCEPTED,
    HANDOVER_DECLINED,
    HANDOVER_OVERDUE,
    REVIEW_RECORDED,
    MEETING_RECORDED,
    /** Recorded by other features (forum posts, case studies) through {@link GroupActivity}. */
    ACTIVITY
}
