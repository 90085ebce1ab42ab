package org.thirdspace.groups;

import java.util.Set;

/**
 * A groups search: free text over name, purpose, norms and owning institutions, plus facet
 * filters (values within one facet are OR-ed, facets AND-ed). Codes: kinds and stages and model
 * levels as enum names, activities/phases as vocabulary codes, regions as Region codes.
 * {@code page} starts at 0; {@code size} 1 to 100.
 */
public record GroupSearchQuery(
        String text,
        Set<GroupKind> kinds,
        Set<String> activities,
        Set<String> phases,
        Set<String> regions,
        Set<Stage> stages,
        Set<ModelLevel> modelLevels,
        int page,
        int size) {

    public GroupSearchQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        modelLevels = modelLevels == null ? Set.of() : Set.copyOf(modelLevels);
    }

    public static GroupSearchQuery text(String text) {
        return new GroupSearchQuery(text, null, null, null, null, null, null, 0, 20);
    }
}
