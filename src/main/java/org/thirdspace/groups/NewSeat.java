package org.thirdspace.groups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A seat to create: the institution must own the group; {@code roleCode} is an optional role term. */
public record NewSeat(
        @NotNull Long institutionId,
        @NotBlank @Size(max = 150) String title,
        @Size(max = 80) String roleCode,
        @Size(max = 1000) String description) {
}
