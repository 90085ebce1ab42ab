package org.thirdspace.casestudies;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One immutable revision: its content (as Markdown, not rendered) and who wrote it when.
 * {@code basedOn} is the revision the author started from; {@code restoredFrom} is set when the
 * revision restores an older one. Facet codes as in {@link CaseStudyDraft}.
 */
public record CaseStudyRevision(
        long caseStudyId,
        int number,
        String title,
        String summary,
        Map<CaseStudyField, String> fields,
        AuthorshipVoice voice,
        Set<String> activities,
        Set<String> sectors,
        Set<String> phases,
        Set<String> regions,
        Integer modelLevel,
        String evidenceStrength,
        Set<String> evidenceTypes,
        Long groupId,
        Set<Long> groupIds,
        Set<Long> institutionIds,
        Set<Long> personIds,
        long authorPersonId,
        String authorName,
        Instant createdAt,
        String editSummary,
        Integer basedOn,
        Integer restoredFrom) {

    /** The field's Markdown, or an empty string. */
    public String field(CaseStudyField field) {
        return fields.getOrDefault(field, "");
    }

    /** This revision's content as a draft based on {@code revision} (to edit, restore or merge). */
    public CaseStudyDraft toDraft(int revision, String editSummary) {
        return new CaseStudyDraft(title, summary, fields, voice, activities, sectors, phases, regions, modelLevel,
                evidenceStrength, evidenceTypes, groupId, groupIds, institutionIds, personIds, editSummary, revision);
    }
}
