package org.thirdspace.finder;

import java.time.Instant;
import java.util.List;

import org.thirdspace.shared.GeoPoint;

/**
 * One suggested person with what the index holds about them (so reasons can be built from their
 * own data): codes of activities, subjects, phases and roles, topics, headline and bio text,
 * availability ({@code mode} ONLINE, IN_PERSON or BOTH, null when unsaid), last activity, the
 * location of their first current institution and their current institution ids.
 * {@code distanceKm} is to the query's {@code near}, null without either.
 */
public record CandidateHit(long personId, String name, String headline, String institution, double score,
        Double distanceKm, List<String> activities, List<String> subjects, List<String> phases, List<String> roles,
        List<String> topics, String bio, boolean available, Integer capacity, String mode, Instant lastActiveAt,
        GeoPoint location, List<Long> institutionIds) {
}
