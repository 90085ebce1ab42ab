package org.thirdspace.casestudies;

/**
 * What the current user may do with a case study. {@code seesWorkingVersion}: they may see
 * revisions that are not published (authors, co-authors, members of the home group, named
 * reviewers; moderators while it is in review).
 */
public record CaseStudyPermissions(
        boolean seesWorkingVersion,
        boolean canEdit,
        boolean canSubmit,
        boolean canReview,
        boolean canNameReviewers,
        boolean canConfirmCurrent,
        boolean canComment,
        boolean canModerateComments) {

    public static final CaseStudyPermissions READER = new CaseStudyPermissions(false, false, false, false, false,
            false, false, false);
}
