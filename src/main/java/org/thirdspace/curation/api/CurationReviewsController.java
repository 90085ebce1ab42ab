package org.thirdspace.curation.api;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.curation.CurationReview;
import org.thirdspace.curation.CurationReviewInput;
import org.thirdspace.curation.CurationReviews;
import org.thirdspace.curation.GoodPracticeState;

/**
 * {@code POST /api/v1/case-studies/{id}/curation-reviews}: records (or replaces) the caller's
 * curation review; 201 with the review and the badge state. 403 for non-reviewers and for the
 * case study's authors, 404 for a case study that is not published or not visible, 400 for bad
 * scores or justifications. {@code GET} answers the badge state with every review.
 */
@RestController
@RequestMapping("/api/v1/case-studies/{id}/curation-reviews")
class CurationReviewsController {

    record Recorded(CurationReview review, GoodPracticeState state) {
    }

    private final CurationReviews reviews;
    private final org.thirdspace.security.CurrentUser currentUser;

    CurationReviewsController(CurationReviews reviews, org.thirdspace.security.CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<Recorded> review(@PathVariable long id, @RequestBody CurationReviewInput input) {
        GoodPracticeState state = reviews.review(id, input);
        long me = currentUser.id().orElseThrow();
        CurationReview mine = state.reviews().stream().filter(r -> r.reviewerAccountId() == me).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/case-studies/" + id + "/curation-reviews"))
                .body(new Recorded(mine, state));
    }

    @GetMapping
    GoodPracticeState list(@PathVariable long id) {
        return reviews.state(id);
    }
}
