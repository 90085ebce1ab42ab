package org.thirdspace.groups.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.HistoryType;

/** Appends entries to a group's timeline (in the caller's transaction). Entries are never changed. */
@Component
public class GroupHistoryLog {

    private final GroupHistoryRepository history;
    private final Clock clock;

    GroupHistoryLog(GroupHistoryRepository history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /**
     * @param actor   who did it (null: the system, e.g. an affiliation ending)
     * @param subject whom it concerns (joined, assigned, outgoing, ...)
     * @param detail  short detail (a role, stage, reason, title), cut to 500 characters
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long groupId, HistoryType type, Long actor, Long subject, Long institutionId, Long seatId,
            Long refId, String detail) {
        recordAt(clock.instant(), groupId, type, actor, subject, institutionId, seatId, refId, detail);
    }

    /** An {@link HistoryType#ACTIVITY} entry reported by another feature, with its kind. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordActivity(long groupId, Long actor, Long refId, String detail, String kind) {
        history.save(new GroupHistoryRecord(groupId, HistoryType.ACTIVITY, clock.instant(), actor, null, null, null,
                refId, cut(detail)).withActivityKind(kind == null || kind.isBlank() ? null : cut(kind)));
    }

    private static String cut(String detail) {
        String text = detail == null || detail.isBlank() ? null : detail.strip();
        if (text != null && text.length() > 500) {
            text = text.substring(0, 499) + "\u2026";
        }
        return text;
    }

    /** As {@link #record} for something that happened at a given time (imports of past events). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAt(java.time.Instant at, long groupId, HistoryType type, Long actor, Long subject,
            Long institutionId, Long seatId, Long refId, String detail) {
        String text = detail == null || detail.isBlank() ? null : detail.strip();
        if (text != null && text.length() > 500) {
            text = text.substring(0, 499) + "\u2026";
        }
        history.save(new GroupHistoryRecord(groupId, type, at, actor, subject, institutionId, seatId,
                refId, text));
    }
}
