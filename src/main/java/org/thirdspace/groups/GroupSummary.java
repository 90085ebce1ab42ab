package org.thirdspace.groups;

import java.util.List;
import java.util.Set;

/** A group in lists and search results. {@code memberCount} counts current members. */
public record GroupSummary(
        long id,
        GroupKind kind,
        String name,
        String purposeExcerpt,
        GroupVisibility visibility,
        Stage stage,
        ModelLevel modelLevel,
        Long parentId,
        List<OwnerInstitution> institutions,
        Set<String> activities,
        Set<String> regions,
        int memberCount) {
}
