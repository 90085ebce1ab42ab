package org.thirdspace.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category as a moderator creates or changes it. {@code slug}: lower-case letters, digits and
 * hyphens (it is the category's address); {@code position} orders the list (null: last).
 */
public record CategoryDraft(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 1000) String description,
        @NotNull CategoryVisibility visibility,
        Integer position,
        boolean archived) {
}
