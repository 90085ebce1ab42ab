package org.thirdspace.groups;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a facilitator writes when creating or editing a group. Codes: {@code activities} and
 * {@code phases} are active terms of the vocabularies; {@code regions} are {@link org.thirdspace.shared.Region}
 * codes (e.g. {@code south-west}). {@code purpose} and {@code norms} are Markdown.
 * On create, {@code onBehalfOfInstitutionId} is the creator's own institution (one of the owners,
 * or null for a personal capacity); the creator becomes the first facilitator.
 */
public record GroupDraft(
        @NotNull GroupKind kind,
        @NotBlank @Size(max = 150) String name,
        @Size(max = 4000) String purpose,
        @Size(max = 4000) String norms,
        @NotNull GroupVisibility visibility,
        @NotNull JoinPolicy joinPolicy,
        Long parentId,
        @NotEmpty @Size(max = 20) List<Long> institutionIds,
        @Size(max = 20) Set<String> activities,
        @Size(max = 10) Set<String> phases,
        @Size(max = 12) Set<String> regions,
        ModelLevel modelLevel,
        Long onBehalfOfInstitutionId) {

    public GroupDraft {
        institutionIds = institutionIds == null ? List.of() : List.copyOf(institutionIds);
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }
}
