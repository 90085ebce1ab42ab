package org.thirdspace.casestudies;

/** Something searchable changed (published, unpublished, its home group or links); re-read it. */
public record CaseStudyChanged(long caseStudyId) {
}
