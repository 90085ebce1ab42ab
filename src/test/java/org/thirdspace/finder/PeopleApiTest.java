package org.thirdspace.finder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.finder.FinderFixtures.P;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/** {@code GET /api/v1/people}: the response shape and a 400 problem naming the parameter for bad input. */
@IntegrationTest
class PeopleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleIndex index;
    @Autowired
    InstitutionService institutions;

    static String token;
    static P pat;

    @BeforeEach
    void data() {
        if (token != null) {
            return;
        }
        String t = FinderFixtures.token();
        InstitutionSummary school = FinderFixtures.institution(institutions, "Severn School " + t,
                Sector.PRIMARY_SCHOOL, Region.SOUTH_WEST, FinderFixtures.postcode(), 51.4545, -2.5879);
        pat = new P("Pat " + t).headline("Mentor for <b>primary</b> science").roles("mentor").subjects("science")
                .phases("primary").open().spanner().at(school);
        index.index(pat.build());
        index.index(new P("Quinn " + t).roles("link-tutor").subjects("history").at(school).build());
        index.refresh();
        token = t;
    }

    @Test
    void searchesWithFacetsDistanceAndHighlights() throws Exception {
        mvc.perform(get("/api/v1/people").with(user("api@finder.test"))
                        .param("q", "mentor " + token).param("role", "mentor").param("role", "link-tutor")
                        .param("subject", "science").param("near", "51.45,-2.6").param("withinKm", "25")
                        .param("sort", "distance").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(pat.id))
                .andExpect(jsonPath("$.items[0].displayName").value("Pat " + token))
                .andExpect(jsonPath("$.items[0].institution").value("Severn School " + token))
                .andExpect(jsonPath("$.items[0].distanceKm").isNumber())
                .andExpect(jsonPath("$.items[0].spanner").value(true))
                .andExpect(jsonPath("$.items[0].available").value(true))
                .andExpect(jsonPath("$.items[0].why").value(Matchers.containsString("Mentor")))
                .andExpect(jsonPath("$.items[0].highlights[0]").value(Matchers.containsString("&lt;b&gt;")))
                .andExpect(jsonPath("$.facets.role[?(@.code=='mentor')].count").value(Matchers.contains(1)))
                .andExpect(jsonPath("$.facets.role[?(@.code=='mentor')].label").value(Matchers.contains("Mentor")))
                .andExpect(jsonPath("$.facets.subject").isArray())
                .andExpect(jsonPath("$.facets.spanner").isArray())
                .andExpect(jsonPath("$.facets.available").isArray());
    }

    @Test
    void needsAuthentication() throws Exception {
        mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "role|not-a-role|role",
            "subject|quantum-basket-weaving|subject",
            "spanner|maybe|spanner",
            "size|10000|size",
            "size|0|size",
            "size|ten|size",
            "page|-1|page",
            "near|51.5|near",
            "near|north,south|near",
            "near|95,0|near",
            "withinKm|10|withinKm",
            "sort|alphabetical|sort",
            "sort|distance|sort"})
    void badInputIsA400ProblemNamingTheParameter(String name, String value, String parameter) throws Exception {
        mvc.perform(get("/api/v1/people").with(user("api@finder.test")).param(name, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }

    @Test
    void negativeWithinKmWithNearIsABadRequestToo() throws Exception {
        mvc.perform(get("/api/v1/people").with(user("api@finder.test")).param("near", "51.5,-0.1")
                        .param("withinKm", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("withinKm"));
    }
}
