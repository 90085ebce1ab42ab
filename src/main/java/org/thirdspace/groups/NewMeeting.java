package org.thirdspace.groups;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A meeting or event to log; attendees are people (usually members, current or former). */
public record NewMeeting(
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 8000) String notes,
        @Size(max = 200) Set<Long> attendeePersonIds) {

    public NewMeeting {
        attendeePersonIds = attendeePersonIds == null ? Set.of() : Set.copyOf(attendeePersonIds);
    }
}
