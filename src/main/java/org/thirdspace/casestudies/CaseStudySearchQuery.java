package org.thirdspace.casestudies;

import java.util.Set;

/**
 * A case-study search over published versions: free text over the title, summary and every
 * template field, plus facet filters (values within a facet OR-ed, facets AND-ed). Codes as in
 * {@link CaseStudyDraft}; {@code groupId} limits to one home group. {@code page} from 0,
 * {@code size} 1 to 100; {@code goodPractice} limits to case studies with the curation badge. Without text, the newest published first.
 */
public record CaseStudySearchQuery(
        String text,
        Set<String> activities,
        Set<String> sectors,
        Set<String> phases,
        Set<String> regions,
        Set<Integer> modelLevels,
        Set<String> evidenceStrengths,
        Long groupId,
        int page,
        int size,
        boolean goodPractice) {

    /** Without the good-practice filter. */
    public CaseStudySearchQuery(String text, Set<String> activities, Set<String> sectors, Set<String> phases,
            Set<String> regions, Set<Integer> modelLevels, Set<String> evidenceStrengths, Long groupId, int page,
            int size) {
        this(text, activities, sectors, phases, regions, modelLevels, evidenceStrengths, groupId, page, size, false);
    }

    /** The same query limited to (or, with false, no longer limited to) good-practice case studies. */
    public CaseStudySearchQuery withGoodPractice(boolean only) {
        return new CaseStudySearchQuery(text, activities, sectors, phases, regions, modelLevels, evidenceStrengths,
                groupId, page, size, only);
    }

    public CaseStudySearchQuery {
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        modelLevels = modelLevels == null ? Set.of() : Set.copyOf(modelLevels);
        evidenceStrengths = evidenceStrengths == null ? Set.of() : Set.copyOf(evidenceStrengths);
    }

    public static CaseStudySearchQuery text(String text) {
        return new CaseStudySearchQuery(text, null, null, null, null, null, null, null, 0, 20);
    }
}
