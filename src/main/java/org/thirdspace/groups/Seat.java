package org.thirdspace.groups;

import java.time.LocalDate;
import java.util.List;

/**
 * A named role seat of a group, held on behalf of one owning institution, e.g. "Link tutor" for
 * the university. {@code holder} and {@code deputy} are the current assignments (null when
 * empty). When there is no holder, {@code lastHolder} says who held it last and where they are now
 * ("vacant — last held by X (now at Y)"). For viewers outside the group, people whose profile
 * they may not see have person id 0 and no name (the seat shows as held, without who).
 */
public record Seat(
        long id,
        long groupId,
        long institutionId,
        String institutionName,
        String title,
        String roleCode,
        String description,
        Occupant holder,
        Occupant deputy,
        LastHolder lastHolder,
        boolean retired,
        long openHandoverId) {

    /** A current holder or deputy. {@code endsOn} is set when the end is already known. */
    public record Occupant(long assignmentId, long personId, String displayName, LocalDate startedOn,
            LocalDate endsOn) {
    }

    /** The previous holder of a vacant seat; {@code nowAt} are the names of their current institutions. */
    public record LastHolder(long personId, String displayName, LocalDate endedOn, List<String> nowAt) {
    }

    public boolean vacant() {
        return holder == null && !retired;
    }

    /** 0 when no handover is open. */
    public boolean handoverOpen() {
        return openHandoverId != 0;
    }
}
