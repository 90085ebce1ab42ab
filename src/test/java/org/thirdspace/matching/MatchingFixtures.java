package org.thirdspace.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.needs.NeedDraft;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.Profile;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

/** Test data for matching: institutions at chosen places, hand-made profiles straight into the index, needs. */
public final class MatchingFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private MatchingFixtures() {
    }

    /** A random word no other test uses. */
    public static String token() {
        StringBuilder sb = new StringBuilder("mq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    public static InstitutionSummary institution(InstitutionService institutions, String name, Sector sector,
            double lat, double lon) {
        return TestAccounts.as("fixtures@matching.example", "ADMIN", () -> institutions.register(new NewInstitution(
                name + " " + SEQUENCE.incrementAndGet(), sector, Region.SOUTH_WEST, "Town", null,
                new GeoPoint(lat, lon), null, null)));
    }

    public static NeedDraft need(String title, String description, String forWhom, Long institutionId, Long groupId,
            Map<NeedFacet, Set<String>> facets, boolean onlineOk, int capacity) {
        return new NeedDraft(title, description, forWhom, institutionId, groupId, facets, onlineOk,
                LocalDate.of(2027, 1, 10), LocalDate.of(2027, 7, 20), capacity);
    }

    /** A hand-made profile (with an id far above the database's) for the index only. */
    public static final class P {
        public final long id = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        public final String name;
        public String headline = "";
        public String bio = "";
        public Set<String> roles = Set.of();
        public Set<String> activities = Set.of();
        public Set<String> subjects = Set.of();
        public Set<String> phases = Set.of();
        public List<String> topics = List.of();
        public boolean open;
        public Integer capacity;
        public Availability.Mode mode = Availability.Mode.IN_PERSON;
        public Visibility visibility = Visibility.PUBLIC;
        public InstitutionSummary at;
        public int activeDaysAgo = 1;

        public P(String name) {
            this.name = name;
        }

        public P headline(String v) { headline = v; return this; }
        public P bio(String v) { bio = v; return this; }
        public P roles(String... v) { roles = Set.of(v); return this; }
        public P activities(String... v) { activities = Set.of(v); return this; }
        public P subjects(String... v) { subjects = Set.of(v); return this; }
        public P phases(String... v) { phases = Set.of(v); return this; }
        public P topics(String... v) { topics = List.of(v); return this; }
        public P open(int cap) { open = true; capacity = cap; return this; }
        public P mode(Availability.Mode v) { mode = v; return this; }
        public P visibility(Visibility v) { visibility = v; return this; }
        public P at(InstitutionSummary v) { at = v; return this; }
        public P activeDaysAgo(int v) { activeDaysAgo = v; return this; }

        public Profile build() {
            List<AffiliationSummary> affiliations = new ArrayList<>();
            if (at != null) {
                affiliations.add(new AffiliationSummary(id * 10, at.id(), at.name(), "Teacher",
                        LocalDate.of(2020, 9, 1), null));
            }
            Instant active = Instant.now().minus(activeDaysAgo, ChronoUnit.DAYS);
            return new Profile(id, null, name, headline, bio, bio, roles, activities, subjects, phases, topics,
                    List.of(), List.of("English"), new Availability(open, capacity, mode), ContactPreferences.defaults(),
                    visibility, null, affiliations, false, false, active, active);
        }

        @Override
        public String toString() {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
