package org.thirdspace.curation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.GoodPracticeBadgeChanged;
import org.thirdspace.curation.internal.ReviewStore;
import org.thirdspace.curation.internal.ReviewStore.ReviewRow;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.ContentRef;

/**
 * Curation reviews of published case studies and the two-reviewer "good practice" badge (ADR 11).
 * A reviewer is a moderator, an admin or an appointed curator who is not an author or co-author
 * of the case study. A review judges the case study good practice when each criterion scores at
 * least {@code thirdspace.curation.min-score} (3 of 4) and the evidence is at least
 * {@code thirdspace.curation.min-evidence} (MEDIUM); the badge is on when at least
 * {@code thirdspace.curation.min-reviewers} (2) distinct reviewers' current reviews judge so.
 * Reviews stay valid across newer published revisions (each shows the revision reviewed); a
 * reviewer withdraws their judgement by revising their review. Badge changes are published as
 * {@link GoodPracticeBadgeChanged} for the case-study search.
 */
@Service
@Transactional(readOnly = true)
public class CurationReviews {

    public static final int MAX_JUSTIFICATION = 500;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;

    private final ReviewStore store;
    private final CaseStudyService caseStudies;
    private final CurationService curation;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int minReviewers;
    private final int minScore;
    private final EvidenceStrength minEvidence;

    CurationReviews(ReviewStore store, CaseStudyService caseStudies, CurationService curation, PeopleService people,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            @Value("${thirdspace.curation.min-reviewers:2}") int minReviewers,
            @Value("${thirdspace.curation.min-score:3}") int minScore,
            @Value("${thirdspace.curation.min-evidence:MEDIUM}") EvidenceStrength minEvidence) {
        this.store = store;
        this.caseStudies = caseStudies;
        this.curation = curation;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.minReviewers = Math.max(1, minReviewers);
        this.minScore = minScore;
        this.minEvidence = minEvidence;
    }

    /** The state of a published case study the current user may see; NOT_FOUND otherwise. */
    public GoodPracticeState state(long caseStudyId) {
        visiblePublished(caseStudyId);
        return stateOf(caseStudyId);
    }

    /** As {@link #state(long)} without the visibility check (the caller already read the case study). */
    public GoodPracticeState stateOf(long caseStudyId) {
        List<CurationReview> reviews = store.reviews(caseStudyId).stream().map(this::review).toList();
        int good = (int) reviews.stream().filter(CurationReview::goodPractice).map(CurationReview::reviewerAccountId)
                .distinct().count();
        return new GoodPracticeState(caseStudyId, good >= minReviewers, good, minReviewers, reviews);
    }

    /** Whether the current user may review this case study (a curator who did not write it). */
    public boolean canReview(long caseStudyId) {
        if (!curation.canCurate()) {
            return false;
        }
        Optional<Long> person = people.myPersonId();
        return person.isEmpty() || !caseStudies.isAuthor(caseStudyId, person.get());
    }

    /**
     * Records the current user's review of the published version, replacing their earlier one.
     * FORBIDDEN for non-reviewers and for authors, NOT_FOUND for case studies that are not
     * published or not visible, INVALID for bad scores or missing or long justifications.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GoodPracticeState review(long caseStudyId, CurationReviewInput input) {
        if (!curation.canCurate()) {
            throw CurationException.forbidden("curation.error.not-a-reviewer");
        }
        CaseStudyDetails cs = visiblePublished(caseStudyId);
        Optional<Long> person = people.myPersonId();
        if (person.isPresent() && caseStudies.isAuthor(caseStudyId, person.get())) {
            throw CurationException.forbidden("curation.error.own-case-study");
        }
        CurationReviewInput in = validate(input);
        long me = currentUser.id().orElseThrow();
        String name = currentUser.displayName().orElse("account " + me);
        boolean before = stateOf(caseStudyId).badge();
        Optional<ReviewRow> previous = store.find(caseStudyId, me);
        store.save(caseStudyId, me, name, cs.publishedRevision(), in, clock.instant());
        GoodPracticeState after = stateOf(caseStudyId);
        events.publishEvent(new AuditableAction(me, name,
                previous.isPresent() ? "curation.review.revise" : "curation.review.create",
                ContentRef.of("case-study", caseStudyId), cs.revision().title(),
                previous.map(CurationReviews::text).orElse(null), text(in)));
        if (after.badge() != before) {
            events.publishEvent(new GoodPracticeBadgeChanged(caseStudyId, after.badge()));
        }
        return after;
    }

    private CaseStudyDetails visiblePublished(long caseStudyId) {
        try {
            return caseStudies.details(caseStudyId, true).filter(CaseStudyDetails::showingPublished)
                    .orElseThrow(CurationException::notFound);
        } catch (CaseStudyException e) {
            throw CurationException.notFound();
        }
    }

    private static CurationReviewInput validate(CurationReviewInput in) {
        if (in == null || in.evidence() == null) {
            throw CurationException.invalid("evidence", "curation.review.error.evidence");
        }
        score("usefulness", in.usefulness());
        score("contribution", in.contribution());
        score("rigour", in.rigour());
        return new CurationReviewInput(in.evidence(), in.usefulness(),
                justification("usefulnessJustification", in.usefulnessJustification()), in.contribution(),
                justification("contributionJustification", in.contributionJustification()), in.rigour(),
                justification("rigourJustification", in.rigourJustification()));
    }

    private static void score(String field, Integer score) {
        if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
            throw CurationException.invalid(field, "curation.review.error.score", MIN_SCORE, MAX_SCORE);
        }
    }

    private static String justification(String field, String text) {
        if (text == null || text.isBlank()) {
            throw CurationException.invalid(field, "curation.review.error.justification");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_JUSTIFICATION) {
            throw CurationException.invalid(field, "curation.error.too-long", MAX_JUSTIFICATION);
        }
        return stripped;
    }

    private boolean good(EvidenceStrength evidence, int usefulness, int contribution, int rigour) {
        return evidence.ordinal() <= minEvidence.ordinal() && usefulness >= minScore && contribution >= minScore
                && rigour >= minScore;
    }

    private CurationReview review(ReviewRow r) {
        return new CurationReview(r.id(), r.caseStudyId(), r.reviewerAccountId(), r.reviewerName(), r.revision(),
                r.evidence(), r.usefulness(), r.usefulnessJustification(), r.contribution(),
                r.contributionJustification(), r.rigour(), r.rigourJustification(), r.reviewedAt(),
                good(r.evidence(), r.usefulness(), r.contribution(), r.rigour()));
    }

    private static String text(ReviewRow r) {
        return "evidence=" + r.evidence() + " usefulness=" + r.usefulness() + " contribution=" + r.contribution()
                + " rigour=" + r.rigour();
    }

    private static String text(CurationReviewInput r) {
        return "evidence=" + r.evidence() + " usefulness=" + r.usefulness() + " contribution=" + r.contribution()
                + " rigour=" + r.rigour();
    }
}
