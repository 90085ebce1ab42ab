package org.thirdspace.finder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.Profile;
import org.thirdspace.people.Visibility;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

/** Test data for the finder: institutions in the database, complete profiles straight into the index. */
final class FinderFixtures {

    private FinderFixtures() {
    }

    /** A random word of letters that no other test uses (and that is not one edit away from another). */
    static String token() {
        StringBuilder sb = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    /** A person id far above the ids the database hands out. */
    static long personId() {
        return 5_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    static <T> T asAdmin(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(new UsernamePasswordAuthenticationToken("fixtures@thirdspace.test", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(admin);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static InstitutionSummary institution(InstitutionService institutions, String name, Sector sector, Region region,
            String postcode, double lat, double lon) {
        return asAdmin(() -> institutions.register(new NewInstitution(name, sector, region, "Town", postcode,
                new GeoPoint(lat, lon), null, null)));
    }

    static String postcode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "T" + r.nextInt(10) + r.nextInt(10) + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26))
                + (char) ('A' + r.nextInt(26));
    }

    /** A profile builder with sensible defaults. */
    static final class P {
        long id = personId();
        String name;
        String headline;
        String bio;
        Set<String> roles = Set.of();
        Set<String> activities = Set.of();
        Set<String> subjects = Set.of();
        Set<String> phases = Set.of();
        List<String> topics = List.of();
        boolean open;
        boolean spanner;
        Visibility visibility = Visibility.PUBLIC;
        InstitutionSummary at;
        InstitutionSummary formerlyAt;
        int activeDaysAgo = 1;

        P(String name) {
            this.name = name;
        }

        P headline(String value) { headline = value; return this; }
        P bio(String value) { bio = value; return this; }
        P roles(String... value) { roles = Set.of(value); return this; }
        P activities(String... value) { activities = Set.of(value); return this; }
        P subjects(String... value) { subjects = Set.of(value); return this; }
        P phases(String... value) { phases = Set.of(value); return this; }
        P topics(String... value) { topics = List.of(value); return this; }
        P open() { open = true; return this; }
        P spanner() { spanner = true; return this; }
        P visibility(Visibility value) { visibility = value; return this; }
        P at(InstitutionSummary value) { at = value; return this; }
        P formerlyAt(InstitutionSummary value) { formerlyAt = value; return this; }
        P activeDaysAgo(int value) { activeDaysAgo = value; return this; }

        Profile build() {
            List<AffiliationSummary> affiliations = new java.util.ArrayList<>();
            if (at != null) {
                affiliations.add(new AffiliationSummary(id * 10, at.id(), at.name(), "Teacher",
                        LocalDate.of(2020, 9, 1), null));
            }
            if (formerlyAt != null) {
                affiliations.add(new AffiliationSummary(id * 10 + 1, formerlyAt.id(), formerlyAt.name(), "Lecturer",
                        LocalDate.of(2012, 9, 1), LocalDate.of(2019, 8, 31)));
            }
            Instant active = Instant.now().minus(activeDaysAgo, ChronoUnit.DAYS);
            return new Profile(id, null, name, headline, bio, bio, roles, activities, subjects, phases, topics,
                    List.of(), List.of("English"), new Availability(open, open ? 2 : 0, Availability.Mode.BOTH),
                    ContactPreferences.defaults(), visibility, null, affiliations, spanner, false, active, active);
        }

        @Override
        public String toString() {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
