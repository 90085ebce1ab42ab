package org.thirdspace.casestudies;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an author saves: a new revision. {@code basedOnRevision} is the revision the editor started
 * from (null only when creating); a save based on an older revision than the newest is refused
 * with {@link StaleRevisionException} and nothing is written.
 * <p>
 * Facets: {@code activities}, {@code phases} and {@code evidenceTypes} are vocabulary codes,
 * {@code sectors} {@link org.thirdspace.shared.Sector} codes, {@code regions}
 * {@link org.thirdspace.shared.Region} codes, {@code modelLevel} 1 to 4 (the partnership model),
 * {@code evidenceStrength} a term of the {@code evidence-strength} vocabulary (high, medium, low).
 * {@code groupId} is the home group (its members co-author; a private group keeps the case study
 * to its members); {@code groupIds}, {@code institutionIds} and {@code personIds} are further links.
 */
public record CaseStudyDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 1000) String summary,
        Map<CaseStudyField, @Size(max = MAX_FIELD) String> fields,
        AuthorshipVoice voice,
        Set<String> activities,
        Set<String> sectors,
        Set<String> phases,
        Set<String> regions,
        @Min(1) @Max(4) Integer modelLevel,
        String evidenceStrength,
        Set<String> evidenceTypes,
        Long groupId,
        Set<Long> groupIds,
        Set<Long> institutionIds,
        Set<Long> personIds,
        @Size(max = 300) String editSummary,
        Integer basedOnRevision) {

    /** Characters per field: room for a 30,000-word case study in one field. */
    public static final int MAX_FIELD = 400_000;

    public CaseStudyDraft {
        fields = fields == null ? Map.of() : unmodifiable(fields);
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        evidenceTypes = evidenceTypes == null ? Set.of() : Set.copyOf(evidenceTypes);
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
        institutionIds = institutionIds == null ? Set.of() : Set.copyOf(institutionIds);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
    }

    private static Map<CaseStudyField, String> unmodifiable(Map<CaseStudyField, String> fields) {
        Map<CaseStudyField, String> copy = new EnumMap<>(CaseStudyField.class);
        fields.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A minimal draft (tests, quick starts): title, summary and fields only. */
    public static CaseStudyDraft of(String title, String summary, Map<CaseStudyField, String> fields) {
        return new CaseStudyDraft(title, summary, fields, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The same content saved on top of {@code revision}, with an edit summary. */
    public CaseStudyDraft basedOn(int revision, String summaryOfEdit) {
        return new CaseStudyDraft(title, summary, fields, voice, activities, sectors, phases, regions, modelLevel,
                evidenceStrength, evidenceTypes, groupId, groupIds, institutionIds, personIds, summaryOfEdit, revision);
    }

    /** The same draft with one field replaced. */
    public CaseStudyDraft withField(CaseStudyField field, String markdown) {
        Map<CaseStudyField, String> copy = new EnumMap<>(CaseStudyField.class);
        copy.putAll(fields);
        copy.put(field, markdown);
        return new CaseStudyDraft(title, summary, copy, voice, activities, sectors, phases, regions, modelLevel,
                evidenceStrength, evidenceTypes, groupId, groupIds, institutionIds, personIds, editSummary,
                basedOnRevision);
    }
}
