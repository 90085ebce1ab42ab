package org.thirdspace.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.AccountProvisioning.ProvisionedAccount;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

/** Unique people and institutions for tests that share one database. */
public final class ProfileFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public record Someone(String email, long accountId, long personId) {
    }

    private ProfileFixtures() {
    }

    public static Someone person(AccountProvisioning accounts, PeopleService people, String name, Role... roles) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + SEQUENCE.incrementAndGet()
                + "@profiles.example";
        Set<Role> set = EnumSet.of(Role.MEMBER);
        set.addAll(List.of(roles));
        long accountId = TestAccounts.as("fixtures@profiles.example", "ADMIN",
                () -> accounts.provision(List.of(new ProvisionedAccount(email, name, set)), "Quiet-Lighthouse-42")
                        .getFirst());
        return new Someone(email, accountId, people.findByAccount(accountId).orElseThrow().id());
    }

    public static InstitutionSummary institution(InstitutionService institutions, String name, Sector sector) {
        return TestAccounts.as("fixtures@profiles.example", "ADMIN", () -> institutions.register(new NewInstitution(
                name + " " + SEQUENCE.incrementAndGet(), sector, Region.NORTH_WEST, "Lancaster", "LA1 4YW",
                new GeoPoint(54.05, -2.80), null, null)));
    }

    public static ProfileUpdate update(Visibility visibility, boolean showEmail, boolean acceptIntroductions) {
        return new ProfileUpdate(null, "Link tutor for primary science", "I *like* partnerships.", Set.of("link-tutor"),
                Set.of("ite"), Set.of("science"), Set.of("primary"), List.of("outdoor learning"),
                List.of("PGCE"), List.of("English", "Welsh"), new Availability(true, 2, Availability.Mode.BOTH),
                new ContactPreferences(showEmail, acceptIntroductions, "Term time only"), visibility);
    }

    public static NewAffiliation since(long institutionId, String title, LocalDate from) {
        return new NewAffiliation(institutionId, title, from, null);
    }
}
