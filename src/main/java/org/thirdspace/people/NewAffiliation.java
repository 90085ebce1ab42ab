package org.thirdspace.people;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An affiliation to record; {@code endedOn} may be null (still there). */
public record NewAffiliation(
        long institutionId,
        @Size(max = 150) String jobTitle,
        @NotNull LocalDate startedOn,
        LocalDate endedOn) {

    @AssertTrue(message = "{people.affiliation.ends-before-start}")
    boolean isEndAfterStart() {
        return endedOn == null || startedOn == null || !endedOn.isBefore(startedOn);
    }
}
