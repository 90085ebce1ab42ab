package org.thirdspace.people;

import java.time.LocalDate;

/** Published when a person stops working at an institution; groups start handovers on it. */
public record AffiliationEnded(long personId, long affiliationId, long institutionId, LocalDate endedOn) {
}
