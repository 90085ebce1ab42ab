package org.thirdspace.casestudies.internal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.thirdspace.casestudies.CaseStudyField;

/**
 * What the {@code case-studies} index holds of one case study: its published revision (fields as
 * Markdown) and its home group's name and visibility ({@code groupVisibility} null when it has no
 * home group). {@link CaseStudyDocuments#document} turns it into the index document.
 */
public record IndexedCaseStudy(
        long id,
        int revision,
        String title,
        String summary,
        Map<CaseStudyField, String> fields,
        String voice,
        Set<String> activities,
        Set<String> sectors,
        Set<String> phases,
        Set<String> regions,
        Integer modelLevel,
        String evidenceStrength,
        Set<String> evidenceTypes,
        Long groupId,
        String groupName,
        String groupVisibility,
        Instant publishedAt,
        LocalDate reviewDueOn,
        boolean goodPractice) {

    /** Without the good-practice badge. */
    public IndexedCaseStudy(long id, int revision, String title, String summary, Map<CaseStudyField, String> fields,
            String voice, Set<String> activities, Set<String> sectors, Set<String> phases, Set<String> regions,
            Integer modelLevel, String evidenceStrength, Set<String> evidenceTypes, Long groupId, String groupName,
            String groupVisibility, Instant publishedAt, LocalDate reviewDueOn) {
        this(id, revision, title, summary, fields, voice, activities, sectors, phases, regions, modelLevel,
                evidenceStrength, evidenceTypes, groupId, groupName, groupVisibility, publishedAt, reviewDueOn, false);
    }

    public IndexedCaseStudy {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        evidenceTypes = evidenceTypes == null ? Set.of() : Set.copyOf(evidenceTypes);
    }
}
