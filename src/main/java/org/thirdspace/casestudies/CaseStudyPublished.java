package org.thirdspace.casestudies;

/** A revision became the published (stable) version. */
public record CaseStudyPublished(long caseStudyId, int revision, String title, Long groupId, long approvedByPersonId) {
}
