package org.thirdspace.trust;

/** What a member has done so far, as the trust levels count it. */
public record TrustActivity(int daysVisited, long secondsRead, int topicsEntered, int posts, int answersAccepted,
        int caseStudiesPublished) {

    public static final TrustActivity NONE = new TrustActivity(0, 0, 0, 0, 0, 0);

    public long minutesRead() {
        return secondsRead / 60;
    }

    /** Accepted answers plus published case studies. */
    public int contributions() {
        return answersAccepted + caseStudiesPublished;
    }
}
