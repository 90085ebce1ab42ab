package org.thirdspace.groups;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A self-review to record: a score for each of the ten components exactly once,
 * {@code reviewedOn} today when null (not in the future).
 */
public record NewSelfReview(
        LocalDate reviewedOn,
        boolean aimsReaffirmed,
        @Size(max = 2000) String aimsNote,
        @NotNull @Size(min = 10, max = 10) List<@Valid Score> scores) {

    public record Score(@NotNull CoreComponent component, @Min(1) @Max(4) int score, @Size(max = 2000) String notes) {
    }
}
