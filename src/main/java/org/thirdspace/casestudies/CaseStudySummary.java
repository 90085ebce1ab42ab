package org.thirdspace.casestudies;

import java.time.Instant;
import java.time.LocalDate;

/** A case study in lists (my case studies, review queue): the head revision's title. */
public record CaseStudySummary(long id, String title, CaseStudyStatus status, int headRevision,
        Integer publishedRevision, Instant updatedAt, LocalDate reviewDueOn, boolean dueForReview, String groupName) {
}
