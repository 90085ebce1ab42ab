package org.thirdspace.finder.ui;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thirdspace.finder.internal.PeopleIndex;
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

/** Index data for the view tests: Ada (mentor, science, open), Ben (mentor, maths), Cal (link tutor, members only), Dee (hidden). */
public final class ViewFixtures {

    public record Data(String token, long ada, long school) {
    }

    private ViewFixtures() {
    }

    public static Data create(PeopleIndex index, InstitutionService institutions) {
        StringBuilder sb = new StringBuilder("zv");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        String token = sb.toString();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(new UsernamePasswordAuthenticationToken("fixtures", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(admin);
        InstitutionSummary school;
        InstitutionSummary far;
        try {
            school = institutions.register(new NewInstitution("Wear Valley School " + token, Sector.SECONDARY_SCHOOL,
                    Region.NORTH_EAST, "Durham", "DH1 " + ThreadLocalRandom.current().nextInt(10) + token.substring(2, 4).toUpperCase(),
                    new GeoPoint(54.7761, -1.5733), null, null));
            far = institutions.register(new NewInstitution("Tamar College " + token, Sector.COLLEGE,
                    Region.SOUTH_WEST, "Plymouth", null, new GeoPoint(50.3755, -4.1427), null, null));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        long base = 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        index.index(profile(base, "Ada " + token, "mentor", "science", true, Visibility.PUBLIC, school));
        index.index(profile(base + 1, "Ben " + token, "mentor", "mathematics", false, Visibility.PUBLIC, far));
        index.index(profile(base + 2, "Cal " + token, "link-tutor", "science", false, Visibility.MEMBERS, far));
        index.index(profile(base + 3, "Dee " + token, "mentor", "science", true, Visibility.HIDDEN, school));
        index.refresh();
        return new Data(token, base, school.id());
    }

    public static Profile profile(long id, String name, String role, String subject, boolean open, Visibility visibility,
            InstitutionSummary at) {
        return new Profile(id, null, name, "Works on " + subject, null, null, java.util.Set.of(role), java.util.Set.of(),
                java.util.Set.of(subject), java.util.Set.of("secondary"), List.of(), List.of(), List.of(),
                new Availability(open, 1, Availability.Mode.BOTH), ContactPreferences.defaults(), visibility, null,
                List.of(new AffiliationSummary(id, at.id(), at.name(), "Teacher", java.time.LocalDate.of(2021, 1, 1), null)),
                false, false, java.time.Instant.now(), java.time.Instant.now());
    }
}
