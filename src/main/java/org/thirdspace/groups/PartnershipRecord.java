package org.thirdspace.groups;

import java.time.LocalDate;
import java.util.List;

/**
 * The partnership record: stage (and closure reason), model level, self-reviews newest first,
 * and when the next yearly review is due.
 */
public record PartnershipRecord(
        long groupId,
        Stage stage,
        LocalDate stageChangedOn,
        String closureReason,
        ModelLevel modelLevel,
        List<SelfReview> reviews,
        LocalDate reviewDueOn,
        boolean reviewDue) {
}
