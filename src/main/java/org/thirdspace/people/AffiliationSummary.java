package org.thirdspace.people;

import java.time.LocalDate;

/** A dated link between a person and an institution. {@code endedOn} is null while it lasts. */
public record AffiliationSummary(
        long id,
        long institutionId,
        String institutionName,
        String jobTitle,
        LocalDate startedOn,
        LocalDate endedOn) {

    public boolean isCurrent() {
        return endedOn == null || endedOn.isAfter(LocalDate.now());
    }
}
