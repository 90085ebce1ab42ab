package org.thirdspace.casestudies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case study with its past, for bulk import (demo data, migrations from another wiki): its
 * revisions in order (revision {@code n} is {@code revisions.get(n - 1)}), where the head is in
 * the workflow, which revision is published (possibly older than the head: a published case study
 * with a newer draft or a newer revision in review), reviews, named reviewers, co-authors and the
 * discussion, all with their own dates. See {@link CaseStudyImport}.
 * <p>
 * The home group is the head revision's {@code draft.groupId()}; the first revision's author
 * created the case study.
 *
 * @param status where the head revision is: {@code PUBLISHED} requires {@code publishedRevision} to be the head
 * @param publishedRevision the published revision, null if never published
 * @param submittedAt when the head was submitted ({@code IN_REVIEW} only; null: when it was written)
 * @param reviewDueOn when the published version is due for review; null: the last approval or
 *        {@code CONFIRMED_CURRENT} check plus the configured review interval
 */
public record ImportedCaseStudy(
        @NotEmpty List<@NotNull @Valid ImportedRevision> revisions,
        @NotNull CaseStudyStatus status,
        Integer publishedRevision,
        Instant submittedAt,
        LocalDate reviewDueOn,
        Set<Long> coAuthorPersonIds,
        List<@NotNull @Valid ImportedReviewer> reviewers,
        List<@NotNull @Valid ImportedReview> reviews,
        List<@NotNull @Valid ImportedComment> comments) {

    public ImportedCaseStudy {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        coAuthorPersonIds = coAuthorPersonIds == null ? Set.of() : Set.copyOf(coAuthorPersonIds);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** The newest revision. */
    public ImportedRevision head() {
        return revisions.getLast();
    }

    /**
     * One revision: the full content as the author saved it ({@code draft.editSummary()} is its
     * edit summary; {@code draft.basedOnRevision()} null means the revision before it).
     *
     * @param restoredFrom the older revision this one restored, or null
     */
    public record ImportedRevision(@NotNull @Valid CaseStudyDraft draft, long authorPersonId,
            @NotNull Instant createdAt, Integer restoredFrom) {

        public ImportedRevision(CaseStudyDraft draft, long authorPersonId, Instant createdAt) {
            this(draft, authorPersonId, createdAt, null);
        }
    }

    /** A reviewer's decision on one revision; CHANGES_REQUESTED needs a comment. */
    public record ImportedReview(int revision, long reviewerPersonId, @NotNull ReviewDecision decision,
            @Size(max = CaseStudyService.MAX_REVIEW_COMMENT) String comment, @NotNull Instant createdAt) {
    }

    /** A member a moderator named as reviewer. */
    public record ImportedReviewer(long personId, long namedByPersonId, @NotNull Instant namedAt) {
    }

    /** A discussion comment (Markdown). */
    public record ImportedComment(long authorPersonId, @NotBlank @Size(max = CaseStudyService.MAX_COMMENT) String markdown,
            @NotNull Instant createdAt) {
    }
}
