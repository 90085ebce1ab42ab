package org.thirdspace.people;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New job title and dates of an existing affiliation; {@code endedOn} null while it lasts. */
public record AffiliationChange(
        @Size(max = 150) String jobTitle,
        @NotNull LocalDate startedOn,
        LocalDate endedOn) {

    @AssertTrue(message = "{people.affiliation.ends-before-start}")
    boolean isEndAfterStart() {
        return endedOn == null || startedOn == null || !endedOn.isBefore(startedOn);
    }
}
