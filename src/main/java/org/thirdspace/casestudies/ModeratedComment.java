package org.thirdspace.casestudies;

/**
 * A discussion comment as the moderation queue shows it: the case study it is on, who wrote it,
 * a plain-text {@code excerpt} of its Markdown (at most {@link CaseStudyModeration#EXCERPT}
 * characters), whether it is hidden pending review or was removed (deleted by its author or a
 * moderator), and whether the current user wrote it.
 */
public record ModeratedComment(long commentId, long caseStudyId, String caseStudyTitle, long authorPersonId,
        String authorName, String excerpt, boolean hidden, boolean removed, boolean mine) {

    /** The app-relative link to the comment in the case study's discussion. */
    public String link() {
        return "case-studies/" + caseStudyId + "?tab=discussion#cs-comment-" + commentId;
    }
}
