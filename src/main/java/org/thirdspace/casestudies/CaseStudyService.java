package org.thirdspace.casestudies;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * The case-study wiki: writing (every save a new revision, stale saves refused), history, diffs,
 * restore, the review workflow (draft, in review, published; a published version stays visible
 * while the next is reviewed), review-due dates, discussion and wiki links. Every read answers as
 * the current user may see it; what they may not see is NOT_FOUND.
 */
@Service
@Validated
public class CaseStudyService {

    /** Creates a case study as revision 1, a draft; the current user is its first author. */
    public CaseStudyDetails create(@Valid CaseStudyDraft draft) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Saves a new revision on top of {@code draft.basedOnRevision()} (required). A save based on
     * an older revision than the head is refused with {@link StaleRevisionException}; nothing is
     * written. Saving a case study that is in review withdraws it to draft (submit again).
     */
    public CaseStudyDetails save(long caseStudyId, @Valid CaseStudyDraft draft) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Restores an older revision as a new revision (stale rules as for {@link #save}). */
    public CaseStudyDetails restore(long caseStudyId, int revision, int basedOnRevision, String editSummary) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * The case study as the current user sees it by default: the head for those who see the
     * working version, otherwise the published version. Empty when they may see neither.
     */
    public Optional<CaseStudyDetails> details(long caseStudyId) {
        throw new UnsupportedOperationException("in progress");
    }

    /** As {@link #details(long)}, but the published version if {@code published} and there is one. */
    public Optional<CaseStudyDetails> details(long caseStudyId, boolean published) {
        throw new UnsupportedOperationException("in progress");
    }

    /** {@link #details(long)} or NOT_FOUND. */
    public CaseStudyDetails require(long caseStudyId) {
        return details(caseStudyId).orElseThrow(CaseStudyException::notFound);
    }

    /** The id of the visible case study with this title (wiki links: case and spacing do not matter). */
    public Optional<Long> idByTitle(String title) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A revision: readers only the published one, those who see the working version any. */
    public CaseStudyRevision revision(long caseStudyId, int number) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The history, newest first: readers see the published revision and the ones before it. */
    public List<RevisionSummary> revisions(long caseStudyId) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Word-level differences between two revisions the user may see. */
    public CaseStudyDiff diff(long caseStudyId, int from, int to) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Renders a revision (safe HTML, wiki links resolved for the current user). */
    public RenderedRevision render(CaseStudyRevision revision) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Renders unsaved content for the editor's live preview. */
    public RenderedRevision preview(CaseStudyDraft draft) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Submits the head revision ({@code revision} must be the head) for review. Authors only. */
    public CaseStudyDetails submit(long caseStudyId, int revision) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * A reviewer's decision on the revision in review ({@code revision} must be it): APPROVED
     * publishes it (review due again after {@code thirdspace.case-studies.review-interval}),
     * CHANGES_REQUESTED returns it to draft (a comment is required). CONFIRMED_CURRENT on a
     * published case study (moderators) moves its review date on. Reviewers may not review their
     * own writing.
     */
    public CaseStudyDetails review(long caseStudyId, int revision, ReviewDecision decision, String comment) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Moderators name a member as reviewer of this case study. */
    public List<Reviewer> nameReviewer(long caseStudyId, long personId) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<Reviewer> removeReviewer(long caseStudyId, long personId) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Authors add a co-author (who then sees and edits the working version). */
    public void addCoAuthor(long caseStudyId, long personId) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Case studies the current user writes (author, co-author, home-group member), newest change first. */
    public List<CaseStudySummary> mine() {
        throw new UnsupportedOperationException("in progress");
    }

    /** In review (oldest first) and past their review date: moderators see all, named reviewers theirs. */
    public List<QueueEntry> reviewQueue() {
        throw new UnsupportedOperationException("in progress");
    }

    public List<Comment> comments(long caseStudyId) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Adds a discussion comment (Markdown, at most {@link #MAX_COMMENT} characters). */
    public Comment addComment(long caseStudyId, String markdown) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Deletes a comment (its author or a moderator); it keeps its place as "comment removed". */
    public void deleteComment(long caseStudyId, long commentId) {
        throw new UnsupportedOperationException("in progress");
    }

    public static final int MAX_COMMENT = 8000;
}
