package org.thirdspace.needs.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/needs} end to end: posting, reading, merge patches with status changes, problems, 404s. */
@IntegrationTest
class NeedsApiTest {

    static final String NEEDS = "/api/v1/needs";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final JsonMapper JSON = JsonMapper.builder().build();

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

    private static String token() {
        StringBuilder sb = new StringBuilder("na");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static RequestPostProcessor member(Someone s) {
        return user(s.email()).roles("MEMBER");
    }

    private static RequestPostProcessor broker(Someone s) {
        return user(s.email()).roles("MEMBER", "BROKER");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    private static MockHttpServletRequestBuilder mergePatch(String path, Object body) {
        return patch(path).contentType(MERGE_PATCH).content(JSON.writeValueAsString(body));
    }

    private static Map<String, Object> need(String title, long institutionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "A *mentor* for our chemistry club.");
        body.put("forWhom", "Year 10 chemistry club, 15 students");
        body.put("institutionId", institutionId);
        body.put("activity", List.of("stem-outreach"));
        body.put("subject", List.of("science"));
        body.put("phase", List.of("secondary"));
        body.put("region", List.of("north-west"));
        body.put("startsOn", "2027-01-10");
        body.put("endsOn", "2027-04-01");
        body.put("capacityNeeded", 3);
        return body;
    }

    @Test
    void postReadListAndPatchANeedThroughItsLifeCycle() throws Exception {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needapi " + tag);
        Someone author = partners.teacher();
        Someone broker = ProfileFixtures.person(accounts, people, "Api Broker", Role.BROKER);
        Someone reader = ProfileFixtures.person(accounts, people, "Api Reader");

        String location = mvc.perform(json(post(NEEDS), need("Chemistry mentor " + tag, partners.school().id()))
                        .with(member(author)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(NEEDS + "/")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.descriptionHtml").value("<p>A <em>mentor</em> for our chemistry club.</p>"))
                .andExpect(jsonPath("$.institutionId").value(partners.school().id()))
                .andExpect(jsonPath("$.onBehalfOf.kind").value("INSTITUTION"))
                .andExpect(jsonPath("$.facets.region", contains("north-west")))
                .andExpect(jsonPath("$.startsOn").value("2027-01-10"))
                .andExpect(jsonPath("$.capacityNeeded").value(3))
                .andExpect(jsonPath("$.lastResponseAt").doesNotExist())
                .andReturn().getResponse().getHeader("Location");
        String path = location.substring(location.indexOf(NEEDS));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        mvc.perform(get(path).with(member(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Chemistry mentor " + tag))
                .andExpect(jsonPath("$.canEdit").value(false));
        mvc.perform(get(NEEDS).param("q", tag).param("activity", "stem-outreach,ite").param("status", "open")
                        .with(member(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].forWhom").value("Year 10 chemistry club, 15 students"));
        mvc.perform(get(NEEDS).param("q", tag).param("status", "in_progress").with(member(reader)))
                .andExpect(jsonPath("$.total").value(0));

        // merge patch: absent fields stay, null clears the time frame
        Map<String, Object> edit = new HashMap<>();
        edit.put("title", "Chemistry mentors " + tag);
        edit.put("endsOn", null);
        mvc.perform(mergePatch(path, edit).with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Chemistry mentors " + tag))
                .andExpect(jsonPath("$.startsOn").value("2027-01-10"))
                .andExpect(jsonPath("$.endsOn").doesNotExist())
                .andExpect(jsonPath("$.forWhom").value("Year 10 chemistry club, 15 students"));
        mvc.perform(mergePatch(path, Map.of("title", "Taken over " + tag)).with(member(reader)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // a broker claims it, then closes it with an outcome
        mvc.perform(mergePatch(path, Map.of("status", "IN_PROGRESS")).with(member(author)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("needs.error.brokers-claim"));
        mvc.perform(mergePatch(path, Map.of("status", "IN_PROGRESS")).with(broker(broker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.claimedByPersonId").value(broker.personId()))
                .andExpect(jsonPath("$.lastResponseAt").exists());
        mvc.perform(mergePatch(path, Map.of("status", "CLOSED")).with(broker(broker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(mergePatch(path, Map.of("status", "CLOSED", "outcome", "matched", "outcomeNote", "Two students"))
                        .with(broker(broker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("MATCHED"))
                .andExpect(jsonPath("$.outcomeNote").value("Two students"));
        mvc.perform(get(path).with(member(reader))).andExpect(status().isNotFound());
        mvc.perform(mergePatch(path, Map.of("status", "OPEN")).with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.outcome").doesNotExist());
        mvc.perform(get(NEEDS)).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldAndNothingIsWritten() throws Exception {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needbad " + tag);
        Someone author = partners.teacher();
        long school = partners.school().id();

        Map<String, Object> badRegion = need("Bad region " + tag, school);
        badRegion.put("region", List.of("atlantis"));
        mvc.perform(json(post(NEEDS), badRegion).with(member(author)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("needs.error.unknown-code"))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.detail").value("\"atlantis\" is not a known value of region."));
        Map<String, Object> noRegion = need("No region " + tag, school);
        noRegion.remove("region");
        mvc.perform(json(post(NEEDS), noRegion).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
        Map<String, Object> both = need("Both " + tag, school);
        both.put("groupId", 12345);
        mvc.perform(json(post(NEEDS), both).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("groupId"));
        Map<String, Object> tooMany = need("Too many " + tag, school);
        tooMany.put("capacityNeeded", 51);
        mvc.perform(json(post(NEEDS), tooMany).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("capacityNeeded"));
        Map<String, Object> badDate = need("Bad date " + tag, school);
        badDate.put("startsOn", "next tuesday");
        mvc.perform(json(post(NEEDS), badDate).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startsOn"));
        mvc.perform(json(post(NEEDS), need("no", school)).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post(NEEDS).contentType(MediaType.APPLICATION_JSON).content("{title: oops").with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("needs.api.error.malformed"));
        for (String[] bad : new String[][] {{"status", "pending"}, {"size", "0"}, {"size", "101"}, {"page", "-1"},
                {"page", "two"}, {"subject", "alchemy"}}) {
            mvc.perform(get(NEEDS).param(bad[0], bad[1]).with(member(author)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value(bad[0]));
        }

        String location = mvc.perform(json(post(NEEDS), need("Good " + tag, school)).with(member(author)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String path = location.substring(location.indexOf(NEEDS));
        mvc.perform(mergePatch(path, Map.of("endsOn", "2026-01-01")).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        mvc.perform(mergePatch(path, Map.of("colour", "blue")).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("colour"));
        mvc.perform(mergePatch(path, Map.of("capacityNeeded", "lots")).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("capacityNeeded"));
        mvc.perform(mergePatch(path, Map.of("status", "finished")).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        // all or nothing: a good title with a bad status changes nothing
        mvc.perform(mergePatch(path, Map.of("title", "Changed " + tag, "status", "CLOSED")).with(member(author)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(get(path).with(member(author))).andExpect(jsonPath("$.title").value("Good " + tag))
                .andExpect(jsonPath("$.endsOn").value("2027-04-01"));
        mvc.perform(get(NEEDS).param("q", tag).with(member(author))).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aPrivateGroupsNeedAnswers404ToOutsiders() throws Exception {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needhide " + tag);
        GroupDetails group = as(partners.teacher().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Needhide private " + tag, GroupVisibility.PRIVATE, partners, partners.school().id())));
        Map<String, Object> body = need("Hidden need " + tag, partners.school().id());
        body.remove("institutionId");
        body.put("groupId", group.id());
        String location = mvc.perform(json(post(NEEDS), body).with(member(partners.teacher())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.groupId").value(group.id()))
                .andReturn().getResponse().getHeader("Location");
        String path = location.substring(location.indexOf(NEEDS));
        Someone outsider = ProfileFixtures.person(accounts, people, "Api Outsider");
        Someone broker = ProfileFixtures.person(accounts, people, "Api Hide Broker", Role.BROKER);

        mvc.perform(get(path).with(member(outsider)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("needs.error.not-found"));
        mvc.perform(mergePatch(path, Map.of("title", "Mine now " + tag)).with(member(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get(NEEDS).param("q", tag).with(member(outsider))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(path).with(broker(broker))).andExpect(status().isOk());
        mvc.perform(get(NEEDS + "/999999999").with(member(outsider))).andExpect(status().isNotFound());
    }
}
