package org.thirdspace.curation;

import java.time.Instant;

/** A recorded curation review; {@code goodPractice}: it judges the case study good practice by the configured rule. */
public record CurationReview(long id, long caseStudyId, long reviewerAccountId, String reviewerName, int revision,
        EvidenceStrength evidence, int usefulness, String usefulnessJustification, int contribution,
        String contributionJustification, int rigour, String rigourJustification, Instant reviewedAt,
        boolean goodPractice) {
}
