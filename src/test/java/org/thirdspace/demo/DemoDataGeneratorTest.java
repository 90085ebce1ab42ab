package org.thirdspace.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DemoDataGeneratorTest {

    @Autowired
    InstitutionService institutions;

    @Autowired
    PeopleService people;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoGroups demoGroups;

    @Autowired
    org.thirdspace.vocabularies.Vocabularies vocabularies;

    @Test
    void theSameSeedGivesTheSameInstitutions() {
        var generator = generator(new DemoDataProperties(true, 7L, 60, 10, null));
        assertThat(generator.institutionsToCreate(new Random(7)))
                .isEqualTo(generator.institutionsToCreate(new Random(7)))
                .isNotEqualTo(generator.institutionsToCreate(new Random(8)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void fillsAnEmptyDatabaseWithAPopulationWhoseNamedLoginsWork() throws Exception {
        long institutionsBefore = institutions.count();
        long peopleBefore = people.count();
        var generator = generator(new DemoDataProperties(true, 42L, 40, 160, "Partnership-demo-2026"));

        var population = generator.generate();

        assertThat(population.institutions()).isEqualTo(40);
        assertThat(population.people()).isEqualTo(160 + DemoDataGenerator.NAMED_LOGINS.size());
        assertThat(population.groups()).isGreaterThan(20);
        assertThat(institutions.count()).isEqualTo(institutionsBefore + 40);
        assertThat(people.count()).isEqualTo(peopleBefore + population.people());
        var created = institutions.search("", Pageable.ofSize(500)).getContent();
        assertThat(created).extracting(i -> i.sector()).contains(Sector.UNIVERSITY, Sector.PRIMARY_SCHOOL);
        assertThat(created).allSatisfy(i -> assertThat(i.location()).isNotNull());

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, basic("broker@thirdspace.test",
                        "Partnership-demo-2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Priya Natarajan"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.hasItem("BROKER")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void doesNothingWhenTheDatabaseHasInstitutionsAlready() {
        institutions.register(new NewInstitution("Lark Rise Primary School", Sector.PRIMARY_SCHOOL, Region.WALES,
                "Cardiff", "CF10 1AA", new GeoPoint(51.48, -3.18), null, null));
        long institutionsBefore = institutions.count();
        long peopleBefore = people.count();
        ApplicationArguments none = new DefaultApplicationArguments();

        generator(new DemoDataProperties(true, 1L, 30, 5, null)).run(none);

        assertThat(institutions.count()).isEqualTo(institutionsBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
    }

    private DemoDataGenerator generator(DemoDataProperties properties) {
        return new DemoDataGenerator(properties, institutions, people, accounts, vocabularies, demoGroups);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
