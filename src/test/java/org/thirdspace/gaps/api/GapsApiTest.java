package org.thirdspace.gaps.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/gaps} end to end: posting (moderators only), filters, answers, problems for bad input. */
@IntegrationTest
class GapsApiTest {

    static final String GAPS = "/api/v1/gaps";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    CaseStudyService caseStudies;

    private static String token() {
        StringBuilder sb = new StringBuilder("ga");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static RequestPostProcessor member(Someone s) {
        return user(s.email()).roles("MEMBER");
    }

    private static RequestPostProcessor moderator(Someone s) {
        return user(s.email()).roles("MEMBER", "MODERATOR");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    private static Map<String, Object> gap(String title, String description, Map<String, List<String>> facets) {
        Map<String, Object> body = new HashMap<>(facets);
        body.put("title", title);
        body.put("description", description);
        return body;
    }

    @Test
    void moderatorsPostGapsMembersGetA403ProblemAndEveryoneListsThem() throws Exception {
        Someone mod = ProfileFixtures.person(accounts, people, "Api Moderator", Role.MODERATOR);
        Someone member = ProfileFixtures.person(accounts, people, "Api Member");
        String tag = token();

        mvc.perform(json(post(GAPS), gap("Member " + tag, "Not allowed.", Map.of())).with(member(member)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(GAPS).param("q", tag).with(member(member)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));

        String location = mvc.perform(json(post(GAPS), gap("Special schools in the North East " + tag,
                        "No case studies of *special-school* partnerships.",
                        Map.of("sector", List.of("special-school"), "region", List.of("north-east"))))
                        .with(moderator(mod)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(GAPS + "/")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.descriptionHtml").value("<p>No case studies of <em>special-school</em> partnerships.</p>"))
                .andExpect(jsonPath("$.facets.region", contains("north-east")))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(json(post(GAPS), gap("Primary science " + tag, "Primary.", Map.of("phase", List.of("primary"))))
                .with(moderator(mod))).andExpect(status().isCreated());

        mvc.perform(get(GAPS).param("q", tag).param("region", "north-east").with(member(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].answerCount").value(0));
        mvc.perform(get(GAPS).param("q", tag).param("status", "open,answered").param("size", "1").with(member(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(get(GAPS).param("q", tag).param("status", "closed").with(member(member)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(GAPS + "/" + id).with(member(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Special schools in the North East " + tag))
                .andExpect(jsonPath("$.answers", hasSize(0)));
        mvc.perform(get(GAPS + "/999999999").with(member(member))).andExpect(status().isNotFound());
        mvc.perform(get(GAPS)).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsA400ProblemNamingTheCulpritAndNothingIsWritten() throws Exception {
        Someone mod = ProfileFixtures.person(accounts, people, "Strict Moderator", Role.MODERATOR);
        String tag = token();

        mvc.perform(json(post(GAPS), gap("Gap " + tag, "Bad region.", Map.of("region", List.of("atlantis"))))
                        .with(moderator(mod)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("gaps.error.unknown-code"))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.detail").value("\"atlantis\" is not a known value of region."));
        mvc.perform(json(post(GAPS), gap("no", "Short title.", Map.of())).with(moderator(mod)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post(GAPS).contentType(MediaType.APPLICATION_JSON).content("{title: oops").with(moderator(mod)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("gaps.api.error.malformed"));
        mvc.perform(post(GAPS).contentType(MediaType.APPLICATION_JSON).content("{\"title\": {\"a\": 1}}")
                        .with(moderator(mod)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        for (String[] bad : new String[][] {{"status", "pending"}, {"size", "0"}, {"size", "101"}, {"page", "-1"},
                {"page", "two"}, {"sector", "castle"}}) {
            mvc.perform(get(GAPS).param(bad[0], bad[1]).with(moderator(mod)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value(bad[0]));
        }
        mvc.perform(get(GAPS).param("q", tag).with(moderator(mod))).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void membersAnswerWithACaseStudyDuplicatesConflictAndModeratorsCloseTheGap() throws Exception {
        Someone mod = ProfileFixtures.person(accounts, people, "Answer Moderator", Role.MODERATOR);
        Someone author = ProfileFixtures.person(accounts, people, "Answer Author");
        Someone member = ProfileFixtures.person(accounts, people, "Answer Member");
        String tag = token();
        CaseStudyDetails published = CaseStudyFixtures.published(caseStudies, author, mod,
                CaseStudyFixtures.draft("Api answer " + tag, tag));
        String location = mvc.perform(json(post(GAPS), gap("Answer me " + tag, "Please.", Map.of()))
                .with(moderator(mod))).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String gap = location.substring(location.indexOf(GAPS));

        String answer = mvc.perform(json(post(gap + "/answers"), Map.of("caseStudyId", published.id(), "note",
                        "Fills it.")).with(member(member)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseStudyTitle").value("Api answer " + tag))
                .andReturn().getResponse().getContentAsString();
        int answerId = JsonPath.read(answer, "$.id");
        mvc.perform(json(post(gap + "/answers"), Map.of("caseStudyId", published.id())).with(member(member)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("gaps.error.duplicate-answer"));
        mvc.perform(json(post(gap + "/answers"), Map.of("note", "which?")).with(member(member)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseStudyId"));
        mvc.perform(json(post(gap + "/answers"), Map.of("caseStudyId", 987654321L)).with(member(member)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("gaps.error.not-published"));
        mvc.perform(get(gap).with(member(member)))
                .andExpect(jsonPath("$.answers[0].caseStudyId").value(published.id()))
                .andExpect(jsonPath("$.answers[0].note").value("Fills it."));

        // moderation: members are refused, moderators change the status and remove answers
        mvc.perform(json(post(gap + "/status"), Map.of("status", "answered")).with(member(member)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(gap + "/status"), Map.of("status", "finished")).with(moderator(mod)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(json(post(gap + "/status"), Map.of("status", "answered", "reason", "Two good studies"))
                .with(moderator(mod))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(delete(gap + "/answers/" + answerId).with(member(member))).andExpect(status().isForbidden());
        mvc.perform(delete(gap + "/answers/" + answerId).param("reason", "Not relevant").with(moderator(mod)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answers", hasSize(0)));
        mvc.perform(json(post(gap + "/status"), Map.of("status", "CLOSED")).with(moderator(mod)))
                .andExpect(status().isOk());
        mvc.perform(json(post(gap + "/answers"), Map.of("caseStudyId", published.id())).with(member(member)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("gaps.error.closed"));
    }
}
