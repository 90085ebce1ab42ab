package org.thirdspace.groups.internal;

import org.springframework.stereotype.Component;
import org.thirdspace.groups.HistoryType;

/** Appends entries to a group's timeline (in the caller's transaction). Entries are never changed. */
@Component
public class GroupHistoryLog {

    /**
     * @param actor   who did it (null: the system, e.g. an affiliation ending)
     * @param subject whom it concerns (joined, assigned, outgoing, ...)
     * @param detail  short detail (a role, stage, reason, title), cut to 500 characters
     */
    public void record(long groupId, HistoryType type, Long actor, Long subject, Long institutionId, Long seatId,
            Long refId, String detail) {
        throw new UnsupportedOperationException("history");
    }
}
