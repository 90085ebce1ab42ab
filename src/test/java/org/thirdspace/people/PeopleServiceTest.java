package org.thirdspace.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.AccountProvisioning.ProvisionedAccount;
import org.thirdspace.security.Role;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

import jakarta.validation.ConstraintViolationException;

@IntegrationTest
@RecordApplicationEvents
class PeopleServiceTest {

    @Autowired
    PeopleService people;

    @Autowired
    InstitutionService institutions;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    ApplicationEvents events;

    @Test
    @WithMockUser(roles = "ADMIN")
    void everyNewAccountGetsAProfileAndEndingAnAffiliationIsPublished() {
        String email = "mover." + System.nanoTime() + "@school.example";
        long accountId = accounts.provision(
                List.of(new ProvisionedAccount(email, "Maya Mover", EnumSet.of(Role.MEMBER))), "Quiet-Lighthouse-42")
                .getFirst();
        var person = people.findByAccount(accountId).orElseThrow();
        assertThat(person.displayName()).isEqualTo("Maya Mover");

        var oak = institutions.register(new NewInstitution("Oak Lane Primary " + System.nanoTime(),
                Sector.PRIMARY_SCHOOL, Region.NORTH_EAST, "Durham", "DH1 3AB", new GeoPoint(54.77, -1.57), null, null));
        var river = institutions.register(new NewInstitution("Riverbank Academy " + System.nanoTime(),
                Sector.SECONDARY_SCHOOL, Region.NORTH_EAST, "Durham", "DH1 4CD", new GeoPoint(54.78, -1.56), null,
                null));
        people.addAffiliation(person.id(), new NewAffiliation(oak.id(), "Link teacher", LocalDate.of(2019, 9, 1),
                LocalDate.of(2025, 8, 31)));
        people.addAffiliation(person.id(), new NewAffiliation(river.id(), "Head of science", LocalDate.of(2025, 9, 1),
                null));

        var reloaded = people.find(person.id()).orElseThrow();
        assertThat(reloaded.current()).extracting(AffiliationSummary::institutionName).containsExactly(river.name());
        assertThat(reloaded.former()).extracting(AffiliationSummary::institutionName).containsExactly(oak.name());
        assertThat(events.stream(AffiliationEnded.class))
                .anySatisfy(e -> {
                    assertThat(e.personId()).isEqualTo(person.id());
                    assertThat(e.institutionId()).isEqualTo(oak.id());
                });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAffiliationCannotEndBeforeItStarts() {
        var person = people.ensureProfile(-System.nanoTime(), "Nobody Yet");
        assertThatThrownBy(() -> people.addAffiliation(person.id(), new NewAffiliation(1L, "Mentor",
                LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("cannot end before it starts");
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void membersCannotRecordAffiliationsForOthers() {
        assertThatThrownBy(() -> people.addAffiliation(1L, new NewAffiliation(1L, "Mentor",
                LocalDate.of(2024, 1, 1), null))).isInstanceOf(AccessDeniedException.class);
    }
}
