package org.thirdspace.everywhere.api;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdspace.everywhere.EverywhereFixtures;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * {@code GET /api/v1/search}: the shape of the answer (every type counted, hits with links and
 * escaped highlights) and 400 problems naming the parameter for a blank or long {@code q}, an
 * unknown {@code type} and bad paging.
 */
@IntegrationTest
class SearchApiTest {

    static final String SEARCH = "/api/v1/search";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    GroupService groups;

    private static MockHttpServletRequestBuilder search(String... params) {
        MockHttpServletRequestBuilder request = get(SEARCH).with(user("reader@search-api.test").roles("MEMBER"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private void badRequest(String parameter, String... params) throws Exception {
        mvc.perform(search(params))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        badRequest("q");
        badRequest("q", "q", "   ");
        badRequest("q", "q", "x".repeat(201));
        badRequest("type", "q", "science", "type", "widgets");
        badRequest("type", "q", "science", "type", "People");
        badRequest("size", "q", "science", "type", "people", "size", "0");
        badRequest("size", "q", "science", "type", "people", "size", "101");
        badRequest("size", "q", "science", "size", "21");
        badRequest("page", "q", "science", "type", "people", "page", "-1");
        badRequest("page", "q", "science", "type", "people", "page", "500", "size", "20");
        badRequest("page", "q", "science", "page", "1");
        badRequest("page", "q", "science", "type", "groups", "page", "two");
        badRequest("size", "q", "science", "size", "many");
        mvc.perform(search("q", "science", "type", "widgets"))
                .andExpect(jsonPath("$.detail", containsString("widgets")))
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void everyTypeIsCountedAndHitsCarryLinksAndEscapedHighlights() throws Exception {
        String word = EverywhereFixtures.token("za");
        var partners = GroupFixtures.partners(accounts, people, institutions, EverywhereFixtures.token("Api "));
        Someone facilitator = partners.teacher();
        GroupDetails group = as(facilitator.email(), "MEMBER", () -> groups.create(new GroupDraft(GroupKind.NETWORK,
                "Open " + word + " network", "<script>alert('x')</script> Everything about " + word + " & more.",
                "Be kind.", GroupVisibility.PUBLIC, JoinPolicy.REQUEST, null,
                List.of(partners.school().id(), partners.university().id()), Set.of(), Set.of(), Set.of(), null,
                partners.school().id())));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                mvc.perform(search("q", word)).andExpect(jsonPath("$.counts.groups").value(1)));
        mvc.perform(search("q", word))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.q").value(word))
                .andExpect(jsonPath("$.type").doesNotExist())
                .andExpect(jsonPath("$.counts", aMapWithSize(6)))
                .andExpect(jsonPath("$.counts", hasKey("case-studies")))
                .andExpect(jsonPath("$.counts.people").value(0))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].type").value("groups"))
                .andExpect(jsonPath("$.items[0].id").value(Long.toString(group.id())))
                .andExpect(jsonPath("$.items[0].title").value("Open " + word + " network"))
                .andExpect(jsonPath("$.items[0].link").value("groups/" + group.id()))
                .andExpect(jsonPath("$.items[0].context", containsString(partners.school().name())))
                .andExpect(jsonPath("$.items[0].snippet", containsString("&lt;script&gt;")))
                .andExpect(jsonPath("$.items[0].snippet", containsString("<mark>" + word + "</mark>")))
                .andExpect(jsonPath("$.items[0].snippet", not(containsString("<script"))))
                .andExpect(jsonPath("$.unavailable").isEmpty());
        // one type: its page, still every count
        mvc.perform(search("q", word, "type", "people"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("people"))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.counts.groups").value(1))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(search("q", word, "type", "groups", "size", "1"))
                .andExpect(jsonPath("$.items[0].title").value("Open " + word + " network"));
        mvc.perform(search("q", word, "type", "groups", "page", "1", "size", "1"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items").isEmpty());
    }
}
