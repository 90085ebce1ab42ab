package org.thirdspace.gaps;

/** A published case study that may answer a gap, for the answer picker. */
public record CaseStudyChoice(long id, String title) {
}
