package org.thirdspace.curation;

import java.util.List;

/**
 * A case study's curation state: {@code badge} when at least {@code requiredReviewers} distinct
 * reviewers judged it good practice; {@code reviews} newest first.
 */
public record GoodPracticeState(long caseStudyId, boolean badge, int goodPracticeReviews, int requiredReviewers,
        List<CurationReview> reviews) {
}
