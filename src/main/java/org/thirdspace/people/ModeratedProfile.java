package org.thirdspace.people;

/**
 * A member profile as the moderation queue shows it: whose it is (the person is its author),
 * where they are ({@code where}: name and current institutions), a plain-text {@code excerpt}
 * of the headline, bio and expertise (at most {@link ProfileModeration#EXCERPT} characters) and
 * whether it is hidden pending review.
 */
public record ModeratedProfile(long personId, String displayName, String where, String excerpt, boolean hidden) {

    /** The app-relative link to the profile page. */
    public String link() {
        return "people/" + personId;
    }
}
