package org.thirdspace.matching;

import java.util.List;

/** A suggested person: who they are, their score, distance to the need (km, null when unknown) and why. */
public record MatchCandidate(long personId, String name, String headline, String institution, double score,
        Double distanceKm, List<MatchReason> reasons) {
}
