package org.thirdspace.gaps;

/** Published with the transaction when a member answers a gap with a case study (for notifications). */
public record GapAnswered(long gapId, long answerId, long caseStudyId, long answeredByPersonId,
        long gapCreatedByPersonId) {
}
