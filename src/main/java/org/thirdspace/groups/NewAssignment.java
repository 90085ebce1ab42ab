package org.thirdspace.groups;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * Assigns a person to a seat as holder or deputy from {@code startedOn} (today when null, not in
 * the future). The person must currently be affiliated with the seat's institution; they become a
 * group member on behalf of it if they are not one yet. A current holder (or deputy) of the same
 * kind is replaced: their assignment ends the day before with reason REPLACED.
 */
public record NewAssignment(
        @NotNull Long personId,
        @NotNull SeatAssignment.Kind kind,
        LocalDate startedOn) {
}
