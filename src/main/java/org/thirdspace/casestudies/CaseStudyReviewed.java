package org.thirdspace.casestudies;

/** A reviewer decided on a revision; {@code authorPersonIds} wrote revisions of it. */
public record CaseStudyReviewed(long caseStudyId, int revision, long reviewerPersonId, ReviewDecision decision, java.util.Set<Long> authorPersonIds) {
}
