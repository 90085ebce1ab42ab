package org.thirdspace.casestudies;

/** A moderator named a member as reviewer of a case study. */
public record ReviewerNamed(long caseStudyId, long reviewerPersonId, long namedByPersonId) {
}
