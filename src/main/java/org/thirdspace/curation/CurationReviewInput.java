package org.thirdspace.curation;

/**
 * A curation review: evidence strength and the three criteria scored 1–4, each with a required
 * justification of at most {@value CurationReviews#MAX_JUSTIFICATION} characters.
 */
public record CurationReviewInput(EvidenceStrength evidence, Integer usefulness, String usefulnessJustification,
        Integer contribution, String contributionJustification, Integer rigour, String rigourJustification) {
}
