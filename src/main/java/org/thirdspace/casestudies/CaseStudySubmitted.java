package org.thirdspace.casestudies;

/** A revision was submitted for review; reviewers are the moderators and {@code namedReviewerIds}. */
public record CaseStudySubmitted(long caseStudyId, int revision, long submittedByPersonId, java.util.Set<Long> namedReviewerIds) {
}
