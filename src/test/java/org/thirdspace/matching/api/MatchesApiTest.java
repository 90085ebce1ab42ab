package org.thirdspace.matching.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.matching.MatchingFixtures;
import org.thirdspace.matching.MatchingFixtures.P;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedOutcome;
import org.thirdspace.needs.NeedService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/** {@code GET /api/v1/needs/{id}/matches}: the JSON shape, weights, and 404, 403 and 400 problems. */
@IntegrationTest
class MatchesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    NeedService needs;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;

    private static RequestPostProcessor member(Someone s) {
        return user(s.email()).roles("MEMBER");
    }

    private static RequestPostProcessor broker(Someone s) {
        return user(s.email()).roles("MEMBER", "BROKER");
    }

    @Test
    void matchesAsJsonWithProblemsForUnseenForbiddenAndBadWeights() throws Exception {
        String tok = MatchingFixtures.token();
        InstitutionSummary school = MatchingFixtures.institution(institutions, "Bodmin School", Sector.SECONDARY_SCHOOL,
                50.4700, -4.7200);
        InstitutionSummary near = MatchingFixtures.institution(institutions, "Lostwithiel Lab", Sector.UNIVERSITY,
                50.4100, -4.6700);
        Someone author = ProfileFixtures.person(accounts, people, "Ruan Author");
        as(author.email(), "MEMBER", () -> people.addAffiliation(author.personId(),
                ProfileFixtures.since(school.id(), "Teacher", LocalDate.of(2020, 9, 1))));
        Someone broker = ProfileFixtures.person(accounts, people, "Wenna Broker", Role.BROKER);
        Someone reader = ProfileFixtures.person(accounts, people, "Tegen Reader");
        P mentor = new P("Cador Mentor").headline("Physics mentor").roles("mentor").subjects("physics")
                .activities("stem-outreach").topics(tok).open(2).at(near);
        peopleIndex.index(mentor.build());
        peopleIndex.refresh();
        NeedDetails need = as(author.email(), "MEMBER", () -> needs.create(MatchingFixtures.need("Physics " + tok,
                "A physics " + tok + " day.", "Year 8", school.id(), null, Map.of(NeedFacet.ACTIVITY,
                        Set.of("stem-outreach"), NeedFacet.SUBJECT, Set.of("physics"), NeedFacet.REGION,
                        Set.of("south-west")), false, 1)));
        String path = "/api/v1/needs/" + need.id() + "/matches";

        mvc.perform(get(path).param("distance", "5").param("connections", "0.5").param("size", "3").with(broker(broker)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.needId").value(need.id()))
                .andExpect(jsonPath("$.candidates.length()").value(lessThanOrEqualTo(3)))
                .andExpect(jsonPath("$.candidates[*].personId").value(hasItem(mentor.id)))
                .andExpect(jsonPath("$.candidates[0].name").isString())
                .andExpect(jsonPath("$.candidates[0].score").isNumber())
                .andExpect(jsonPath("$.candidates[0].reasons[0].code").isString())
                .andExpect(jsonPath("$.candidates[0].reasons[0].text").isString())
                .andExpect(jsonPath("$.candidates[?(@.personId == " + mentor.id + ")].distanceKm")
                        .value(everyItem(lessThanOrEqualTo(10.0))))
                .andExpect(jsonPath("$.candidates[?(@.personId == " + mentor.id + ")].institution")
                        .value(hasItem(near.name())))
                .andExpect(jsonPath("$.candidates[?(@.personId == " + mentor.id + ")].reasons[*].text")
                        .value(hasItem("Mentor in Physics")))
                .andExpect(jsonPath("$.alreadyPartnered").isArray())
                .andExpect(jsonPath("$.caseStudies").isArray())
                .andExpect(jsonPath("$.groups").isArray())
                .andExpect(jsonPath("$.weights.distance").value(5.0))
                .andExpect(jsonPath("$.weights.connections").value(0.5))
                .andExpect(jsonPath("$.weights.text").value(1.0));
        // the author may see the matches of their own need
        mvc.perform(get(path).with(member(author))).andExpect(status().isOk());

        // another member: may read the need but not its matches
        mvc.perform(get(path).with(member(reader)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("matching.error.forbidden"));

        // bad weights and sizes name the parameter
        for (String[] bad : new String[][] {{"text", "11"}, {"facets", "-1"}, {"distance", "far"},
                {"activity", "NaN"}, {"size", "0"}, {"size", "many"}, {"size", "51"}}) {
            mvc.perform(get(path).param(bad[0], bad[1]).with(broker(broker)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.parameter").value(bad[0]))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }

        // an unknown need, and a closed one the reader may no longer see: 404
        mvc.perform(get("/api/v1/needs/987654321/matches").with(broker(broker)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("needs.error.not-found"));
        as(author.email(), "MEMBER", () -> needs.close(need.id(), NeedOutcome.values()[0], null));
        mvc.perform(get(path).with(member(reader)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
    }

    @Test
    void brokersSendIntroductionsForANeedAndItsReadersListThem() throws Exception {
        String tok = MatchingFixtures.token();
        InstitutionSummary school = MatchingFixtures.institution(institutions, "Redruth School", Sector.SECONDARY_SCHOOL,
                50.2330, -5.2260);
        Someone author = ProfileFixtures.person(accounts, people, "Eseld Author");
        as(author.email(), "MEMBER", () -> people.addAffiliation(author.personId(),
                ProfileFixtures.since(school.id(), "Teacher", LocalDate.of(2020, 9, 1))));
        Someone broker = ProfileFixtures.person(accounts, people, "Gwithian Broker", Role.BROKER);
        Someone candidate = ProfileFixtures.person(accounts, people, "Hedra Candidate");
        Someone reader = ProfileFixtures.person(accounts, people, "Ia Reader");
        NeedDetails need = as(author.email(), "MEMBER", () -> needs.create(MatchingFixtures.need("Music " + tok,
                "A music day.", "Year 7", school.id(), null, Map.of(NeedFacet.ACTIVITY, Set.of("subject-enrichment"),
                        NeedFacet.REGION, Set.of("south-west")), false, 1)));
        String path = "/api/v1/needs/" + need.id() + "/introductions";
        String body = "{\"personId\": " + candidate.personId() + ", \"message\": \"Hedra, meet Eseld.\"}";

        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(member(reader)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("matching.error.brokers-introduce"));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"Hi\"}")
                        .with(broker(broker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"personId\": "
                        + candidate.personId() + ", \"message\": \" \"}").with(broker(broker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("message"));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(broker(broker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requesterId").value(author.personId()))
                .andExpect(jsonPath("$.recipientId").value(candidate.personId()))
                .andExpect(jsonPath("$.brokerName").value("Gwithian Broker"))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(broker(broker)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("matching.error.duplicate"));
        mvc.perform(get(path).with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].recipientName").value("Hedra Candidate"));
        mvc.perform(get(path).with(member(reader))).andExpect(status().isForbidden());
    }
}
