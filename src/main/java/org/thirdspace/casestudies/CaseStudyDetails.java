package org.thirdspace.casestudies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case study as the current user may see it. {@code revision} is what they are shown: the
 * published (stable) revision for readers, the head revision for those who see the working
 * version (unless they asked for the published one). {@code status} is the head's place in the
 * workflow; {@code publishedRevision} is null until first published. {@code dueForReview}: the
 * published version is past its review date. {@code missingLinks}: {@code [[Title]]} links of the
 * shown revision without a (visible) target, shown red. {@code hidden}: hidden pending moderator
 * review (issue 7); only its writers and moderators see it then.
 */
public record CaseStudyDetails(
        long id,
        CaseStudyStatus status,
        int headRevision,
        Integer publishedRevision,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        LocalDate reviewDueOn,
        boolean dueForReview,
        CaseStudyRevision revision,
        RenderedRevision rendered,
        String groupName,
        List<CaseStudyRef> links,
        List<CaseStudyLink> backlinks,
        List<String> authorNames,
        List<Reviewer> reviewers,
        List<Review> reviews,
        CaseStudyPermissions permissions,
        boolean hidden) {

    /** A case study that is not hidden pending moderator review. */
    public CaseStudyDetails(long id, CaseStudyStatus status, int headRevision, Integer publishedRevision,
            Instant createdAt, Instant updatedAt, Instant publishedAt, LocalDate reviewDueOn, boolean dueForReview,
            CaseStudyRevision revision, RenderedRevision rendered, String groupName, List<CaseStudyRef> links,
            List<CaseStudyLink> backlinks, List<String> authorNames, List<Reviewer> reviewers, List<Review> reviews,
            CaseStudyPermissions permissions) {
        this(id, status, headRevision, publishedRevision, createdAt, updatedAt, publishedAt, reviewDueOn,
                dueForReview, revision, rendered, groupName, links, backlinks, authorNames, reviewers, reviews,
                permissions, false);
    }

    public boolean published() {
        return publishedRevision != null;
    }

    /** Whether the shown revision is the published one. */
    public boolean showingPublished() {
        return publishedRevision != null && revision.number() == publishedRevision;
    }
}
