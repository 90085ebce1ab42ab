package org.thirdspace.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A group's overview as the current user may see it. {@code purposeHtml} and {@code normsHtml}
 * are rendered from Markdown and sanitised. {@code subgroups} only lists those the user may see.
 * {@code version} is the optimistic-locking version for edits.
 */
public record GroupDetails(
        long id,
        GroupKind kind,
        String name,
        String purposeMarkdown,
        String purposeHtml,
        String normsMarkdown,
        String normsHtml,
        GroupVisibility visibility,
        JoinPolicy joinPolicy,
        GroupRef parent,
        List<GroupRef> subgroups,
        List<OwnerInstitution> institutions,
        Set<String> activities,
        Set<String> phases,
        Set<String> regions,
        Stage stage,
        LocalDate stageChangedOn,
        String closureReason,
        ModelLevel modelLevel,
        Instant createdAt,
        String createdByName,
        int memberCount,
        LocalDate reviewDueOn,
        long version,
        GroupPermissions permissions) {
}
