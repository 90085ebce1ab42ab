package org.thirdspace.casestudies;

/**
 * A case study as the moderation queue shows it: its title, who started it (the author told of
 * moderators' decisions), a plain-text {@code excerpt} of its summary (at most
 * {@link CaseStudyModeration#EXCERPT} characters) and whether it is hidden pending review.
 * {@code mine}: the current user wrote it (creator, revision author or co-author), so may not flag
 * it. Case studies are never removed, so {@code removed} is always false.
 */
public record ModeratedCaseStudy(long caseStudyId, String title, long authorPersonId, String authorName,
        String excerpt, boolean hidden, boolean mine) {

    public boolean removed() {
        return false;
    }

    /** The app-relative link to the case-study page. */
    public String link() {
        return "case-studies/" + caseStudyId;
    }
}
