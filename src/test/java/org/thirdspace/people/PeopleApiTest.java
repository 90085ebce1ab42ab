package org.thirdspace.people;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.people.ProfileFixtures.institution;
import static org.thirdspace.people.ProfileFixtures.person;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
class PeopleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    InstitutionService institutions;

    static final String PROFILE = """
            {"headline":"Lead mentor","bioMarkdown":"Hi <script>x()</script>","roles":["ite-coordinator"],
             "subjects":["science"],"topics":["oracy"],"languages":["English"],
             "availability":{"openToPartnerships":true,"capacity":3,"mode":"ONLINE"},
             "contact":{"showEmail":%s,"acceptIntroductions":true,"note":null},"visibility":"%s"}
            """;

    @Test
    void putsAndReadsProfilesWithPrivacy() throws Exception {
        var hidden = person(accounts, people, "Harriet Hidden");
        var viewer = person(accounts, people, "Victor Viewer");
        mvc.perform(put("/api/v1/people/me").with(user(hidden.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROFILE.formatted(true, "HIDDEN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("ite-coordinator"))
                .andExpect(jsonPath("$.bioHtml").value("<p>Hi &lt;script&gt;x()&lt;/script&gt;</p>"));
        mvc.perform(get("/api/v1/people/" + hidden.personId()).with(user(viewer.email()).roles("MEMBER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(put("/api/v1/people/me").with(user(hidden.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROFILE.formatted(false, "MEMBERS")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/" + hidden.personId()).with(user(viewer.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headline").value("Lead mentor"))
                .andExpect(jsonPath("$.email").value(nullValue()));
        mvc.perform(get("/api/v1/people/" + hidden.personId())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/people/99999999").with(user(viewer.email()).roles("MEMBER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputGivesProblemDocuments() throws Exception {
        var someone = person(accounts, people, "Bad Input");
        mvc.perform(put("/api/v1/people/me").with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"wizard\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("wizard")));
        mvc.perform(put("/api/v1/people/me").with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"headline\":\"" + "x".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("headline")));
        mvc.perform(put("/api/v1/people/me").with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"headline\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(patch("/api/v1/people/me/affiliations/99999999").with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"jobTitle\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people/me/affiliations").with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"institutionId\":99999999,\"startedOn\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("institutionId"));
    }

    @Test
    void addsAndEndsOwnAffiliations() throws Exception {
        var someone = person(accounts, people, "Alf Affiliated");
        var school = institution(institutions, "Fellside School", Sector.SECONDARY_SCHOOL);
        String body = mvc.perform(post("/api/v1/people/me/affiliations").with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"institutionId\":" + school.id() + ",\"jobTitle\":\"Mentor\",\"startedOn\":\"2021-09-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.institutionName").value(school.name()))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(patch("/api/v1/people/me/affiliations/" + id).with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\":\"2025-07-31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endedOn").value("2025-07-31"))
                .andExpect(jsonPath("$.jobTitle").value("Mentor"));
        mvc.perform(patch("/api/v1/people/me/affiliations/" + id).with(user(someone.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\":\"2001-01-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/people/me/affiliations").with(user(someone.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].endedOn").value("2025-07-31"));
    }

    @Test
    void aLoginCountsAsActivity() throws Exception {
        var someone = person(accounts, people, "Lena Login");
        org.assertj.core.api.Assertions.assertThat(people.profileForIndex(someone.personId()).orElseThrow()
                .lastActiveAt()).isNull();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (someone.email() + ":Quiet-Lighthouse-42").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(get("/api/v1/people/me").header("Authorization", basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(someone.email()));
        org.assertj.core.api.Assertions.assertThat(people.profileForIndex(someone.personId()).orElseThrow()
                .lastActiveAt()).isNotNull();
    }
}
