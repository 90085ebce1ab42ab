package org.thirdspace.finder;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.thirdspace.shared.GeoPoint;

/**
 * People to suggest for a need (matching): one Elasticsearch query ranks them by text relevance of
 * {@code text} on the expertise fields, matching activity/subject/phase codes, distance to
 * {@code near} (Gaussian decay; none when {@code near} is null, and no penalty for people working
 * online or both ways when {@code onlineOk}), availability with at least {@code capacityNeeded},
 * recent activity (decay on {@code last_active_at} from {@code now}) and connections
 * ({@code connected}: person id to how many connections they have with the requester).
 * <p>
 * The <em>partnered</em> people are those in {@code partnered} and those currently working at one
 * of {@code ownInstitutions}. Normally they are left out and a candidate must match the text, a
 * facet or be connected; with {@code partneredOnly} only they are ranked (whether they match or
 * not). {@code excluded} are never returned.
 */
public record CandidateQuery(String text, Set<String> activities, Set<String> subjects, Set<String> phases,
        GeoPoint near, boolean onlineOk, int capacityNeeded, Map<Long, Integer> connected, Set<Long> partnered,
        Set<Long> ownInstitutions, boolean partneredOnly, Set<Long> excluded, CandidateWeights weights, int size,
        Instant now) {

    public CandidateQuery {
        text = text == null ? "" : text;
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        connected = connected == null ? Map.of() : Map.copyOf(connected);
        partnered = partnered == null ? Set.of() : Set.copyOf(partnered);
        ownInstitutions = ownInstitutions == null ? Set.of() : Set.copyOf(ownInstitutions);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    /** The same query ranking only the partnered people, at most {@code max}. */
    public CandidateQuery partneredOnly(int max) {
        return new CandidateQuery(text, activities, subjects, phases, near, onlineOk, capacityNeeded, connected,
                partnered, ownInstitutions, true, excluded, weights, max, now);
    }

    /** Whether anyone can be partnered at all. */
    public boolean hasPartnered() {
        return !partnered.isEmpty() || !ownInstitutions.isEmpty();
    }
}
