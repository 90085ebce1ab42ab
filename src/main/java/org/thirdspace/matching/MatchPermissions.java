package org.thirdspace.matching;

/**
 * What the current user may do with a need's matches: {@code seeMatches} for brokers, moderators,
 * admins and whoever may edit the need (author, group facilitators); {@code tuneWeights} and
 * {@code sendIntroductions} for brokers ({@code sendIntroductions} only while the need is not closed).
 */
public record MatchPermissions(boolean seeMatches, boolean tuneWeights, boolean sendIntroductions) {

    public static final MatchPermissions NONE = new MatchPermissions(false, false, false);
}
