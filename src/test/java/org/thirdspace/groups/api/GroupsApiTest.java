package org.thirdspace.groups.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.groups.search.GroupSearchFixtures.awaitTotal;
import static org.thirdspace.groups.search.GroupSearchFixtures.token;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupFixtures.Partners;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccessTokenService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code /api/v1/groups}: creating, reading and changing groups, membership and the timeline;
 * private groups do not exist for others through any endpoint; bad input answers problem documents.
 */
@IntegrationTest
class GroupsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupService groups;
    @Autowired
    GroupSearch search;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    AccessTokenService tokens;

    static RequestPostProcessor member(Someone someone) {
        return user(someone.email()).roles("MEMBER");
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private Partners partners(String tag) {
        return GroupFixtures.partners(accounts, people, institutions, tag);
    }

    static String draftJson(String kind, String name, String visibility, List<Long> owners, Long onBehalfOf) {
        return """
                {"kind":"%s","name":"%s","purpose":"Working on *science* together.","norms":"Be kind.",
                 "visibility":"%s","joinPolicy":"REQUEST","institutionIds":%s,"activities":["ite"],
                 "phases":["primary"],"regions":["north-west"],"onBehalfOfInstitutionId":%s}
                """.formatted(kind, name, visibility, owners, onBehalfOf);
    }

    private long create(Someone who, GroupKind kind, String name, String purpose, GroupVisibility visibility,
            Partners p) {
        List<Long> owners = kind == GroupKind.PARTNERSHIP ? List.of(p.school().id(), p.university().id())
                : List.of(p.school().id());
        return as(who.email(), "MEMBER", () -> groups.create(GroupSearchFixtures.draft(kind, name, purpose, visibility,
                owners, Set.of("ite"), Set.of(), Set.of("north-west"), p.school().id()))).id();
    }

    static long idOf(MvcResult result) {
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void createReadAndPatchWithETags() throws Exception {
        Partners p = partners("ApiCrud");
        String name = "Crud " + token();
        MvcResult created = mvc.perform(json(post("/api/v1/groups"), draftJson("PARTNERSHIP", name, "PUBLIC",
                        List.of(p.school().id(), p.university().id()), p.school().id())).with(member(p.teacher())))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/groups/\\d+")))
                .andExpect(header().string(HttpHeaders.ETAG, matchesPattern("\"\\d+\"")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.purposeHtml").value("<p>Working on <em>science</em> together.</p>"))
                .andExpect(jsonPath("$.permissions.role").value("FACILITATOR"))
                .andExpect(jsonPath("$.institutions[1].id").value(p.university().id()))
                .andReturn();
        long id = idOf(created);

        String etag = mvc.perform(get("/api/v1/groups/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.permissions.member").value(false))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get("/api/v1/groups/" + id).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());

        String renamed = "Renamed " + token();
        String newEtag = mvc.perform(json(patch("/api/v1/groups/" + id), """
                        {"name":"%s","activities":["ite","cpd"],"norms":null}""".formatted(renamed))
                        .header(HttpHeaders.IF_MATCH, etag).with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.activities", hasSize(2)))
                .andExpect(jsonPath("$.normsMarkdown").value(nullValue()))
                .andExpect(jsonPath("$.purposeMarkdown").value("Working on *science* together."))
                .andExpect(jsonPath("$.regions[0]").value("north-west"))
                .andExpect(header().string(HttpHeaders.ETAG, not(etag)))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        // a stale ETag is refused and nothing changes
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"name\":\"Lost update\"}")
                        .header(HttpHeaders.IF_MATCH, etag).with(member(p.teacher())))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(412))
                .andExpect(jsonPath("$.currentETag").value(newEtag));
        mvc.perform(get("/api/v1/groups/" + id)).andExpect(jsonPath("$.name").value(renamed));

        // without If-Match, merge-patch content type
        mvc.perform(patch("/api/v1/groups/" + id).contentType("application/merge-patch+json")
                        .content("{\"purpose\":\"New purpose\"}").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purposeMarkdown").value("New purpose"))
                .andExpect(jsonPath("$.name").value(renamed));

        // the search index follows
        // (both the rename and the purpose change have been indexed: each PATCH re-indexes asynchronously)
        Awaitility.await().atMost(GroupSearchFixtures.INDEXED_WITHIN).ignoreExceptions().until(() -> {
            String body = mvc.perform(get("/api/v1/groups").param("q", renamed)).andReturn().getResponse()
                    .getContentAsString();
            return JsonPath.<Integer>read(body, "$.total") == 1
                    && "New purpose".equals(JsonPath.read(body, "$.hits[0].group.purposeExcerpt"));
        });
        mvc.perform(get("/api/v1/groups").param("q", renamed))
                .andExpect(jsonPath("$.hits[0].group.id").value(id))
                .andExpect(jsonPath("$.hits[0].group.purposeExcerpt").value("New purpose"))
                .andExpect(jsonPath("$.facets.activity[?(@.code=='ite')].label")
                        .value(hasItem("Initial teacher education (ITE/ITT)")))
                .andExpect(jsonPath("$.facets.kind[0].label").value("Partnership"));

        // others may not change it
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"name\":\"Hijack\"}").with(member(p.tutor())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"name\":\"Hijack\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputAnswersProblemDocuments() throws Exception {
        Partners p = partners("ApiBad");
        List<Long> both = List.of(p.school().id(), p.university().id());
        mvc.perform(json(post("/api/v1/groups"), draftJson("NETWORK", " ", "PUBLIC", both, null)).with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")));
        mvc.perform(json(post("/api/v1/groups"), draftJson("GUILD", "Guild", "PUBLIC", both, null)).with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(post("/api/v1/groups"), draftJson("PARTNERSHIP", "Lonely", "PUBLIC",
                        List.of(p.school().id()), null)).with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("groups.error.owners-too-few"))
                .andExpect(jsonPath("$.detail").value("A partnership is owned by at least two institutions."))
                .andExpect(jsonPath("$.errors[0].field").value("institutionIds"));
        mvc.perform(json(post("/api/v1/groups"), "{\"kind\": \"NETWORK\", \"name\": ").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("groups.api.error.malformed"));
        mvc.perform(json(post("/api/v1/groups"), draftJson("NETWORK", "Anonymous", "PUBLIC", both, null)))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/groups/987654321").with(member(p.teacher())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no such group, or you cannot see it."));
        mvc.perform(get("/api/v1/groups/987654321")).andExpect(status().isNotFound());

        for (String[] param : List.of(new String[] {"kind", "wizard"}, new String[] {"stage", "dormant"},
                new String[] {"model", "5"}, new String[] {"activity", "basket-weaving"},
                new String[] {"region", "atlantis"}, new String[] {"size", "ten"}, new String[] {"size", "1000"},
                new String[] {"page", "-1"}, new String[] {"q", "x".repeat(201)})) {
            mvc.perform(get("/api/v1/groups").param(param[0], param[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(param[0]));
        }

        long id = create(p.teacher(), GroupKind.NETWORK, "Patched " + token(), null, GroupVisibility.PUBLIC, p);
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"colour\":\"red\"}").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"kind\":\"GUILD\"}").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"name\":\"\"}").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")));
        mvc.perform(json(patch("/api/v1/groups/" + id), "[1,2]").with(member(p.teacher())))
                .andExpect(status().isBadRequest());
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"stage\":\"dormant\"}").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"name\":\"x\"}").header(HttpHeaders.IF_MATCH, "\"9999\"")
                        .with(member(p.teacher())))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void privateGroupsDoNotExistForOthersInListsCountsAndReads() throws Exception {
        String t = token();
        String secret = token();
        Partners p = partners("ApiPrivate");
        long hidden = create(p.teacher(), GroupKind.PARTNERSHIP, "Hidden " + t, "Our " + secret + " plan.",
                GroupVisibility.PRIVATE, p);
        long community = create(p.teacher(), GroupKind.NETWORK, "Community " + t, null,
                GroupVisibility.MEMBERS_ONLY, p);
        awaitTotal(search, p.teacher(), t, 2);

        mvc.perform(get("/api/v1/groups").param("q", t).with(member(p.tutor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].group.id").value(community))
                .andExpect(jsonPath("$.facets.kind", hasSize(1)))
                .andExpect(jsonPath("$.facets.kind[0].code").value("NETWORK"))
                .andExpect(jsonPath("$.facets.kind[0].count").value(1))
                .andExpect(jsonPath("$.facets.activity[0].count").value(1));
        mvc.perform(get("/api/v1/groups").param("q", t).param("kind", "partnership").with(member(p.tutor())))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.facets.kind[?(@.code=='PARTNERSHIP')].count").value(hasItem(0)));
        mvc.perform(get("/api/v1/groups").param("q", t))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.facets.kind", hasSize(0)));
        mvc.perform(get("/api/v1/groups").param("q", t).param("kind", "PARTNERSHIP", "NETWORK").with(member(p.teacher())))
                .andExpect(jsonPath("$.total").value(2));

        // text that only occurs in the private group
        mvc.perform(get("/api/v1/groups").param("q", secret).with(member(p.tutor())))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.hits", hasSize(0)));
        mvc.perform(get("/api/v1/groups").param("q", secret).with(member(p.teacher())))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].highlights[0]").value("Our <mark>" + secret + "</mark> plan."));

        for (String path : List.of("", "/members", "/members?former=true", "/history")) {
            mvc.perform(get("/api/v1/groups/" + hidden + path).with(member(p.tutor())))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("There is no such group, or you cannot see it."));
            mvc.perform(get("/api/v1/groups/" + hidden + path).with(member(p.teacher()))).andExpect(status().isOk());
        }
        mvc.perform(json(post("/api/v1/groups/" + hidden + "/members"), "{\"message\":\"Let me in\"}")
                        .with(member(p.tutor())))
                .andExpect(status().isNotFound());
        mvc.perform(json(patch("/api/v1/groups/" + hidden), "{\"name\":\"Mine now\"}").with(member(p.tutor())))
                .andExpect(status().isNotFound());
        // visitors: public reads answer 404, the rest asks for authentication
        mvc.perform(get("/api/v1/groups/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/" + hidden + "/members")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/" + community)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/" + community).with(member(p.tutor()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/groups/" + hidden + "/history")).andExpect(status().isUnauthorized());
    }

    @Test
    void privateGroupsSeatsHandoversAndRecordAreNotFoundForOthers() throws Exception {
        Partners p = partners("ApiPrivateParts");
        long hidden = create(p.teacher(), GroupKind.PARTNERSHIP, "Hidden parts " + token(), null,
                GroupVisibility.PRIVATE, p);
        for (String path : List.of("/seats", "/handovers", "/warnings", "/reviews", "/meetings")) {
            mvc.perform(get("/api/v1/groups/" + hidden + path).with(member(p.tutor())))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/groups/" + hidden + path).with(member(p.teacher()))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/groups/" + hidden + "/seats")).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/groups/" + hidden + "/seats"),
                        "{\"institutionId\":%d,\"title\":\"Link tutor\"}".formatted(p.university().id()))
                        .with(member(p.tutor())))
                .andExpect(status().isNotFound());
    }

    @Test
    void joiningApprovingInvitingLeavingAndTheTimeline() throws Exception {
        Partners p = partners("ApiJoin");
        Someone outsider = ProfileFixtures.person(accounts, people, "Ivy Invitee");
        long id = create(p.teacher(), GroupKind.PARTNERSHIP, "Joinable " + token(), null, GroupVisibility.PUBLIC, p);

        long requestId = idOf(mvc.perform(json(post("/api/v1/groups/" + id + "/members"),
                        "{\"message\":\"Hello\",\"institutionId\":%d}".formatted(p.university().id()))
                        .with(member(p.tutor())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("REQUEST"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn());
        mvc.perform(get("/api/v1/groups/" + id + "/members/requests").with(member(p.teacher())))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) requestId)));
        mvc.perform(get("/api/v1/groups/" + id + "/members/requests").with(member(p.tutor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/groups/" + id + "/members/requests/" + requestId + "/approve").with(member(p.tutor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/groups/" + id + "/members/requests/" + requestId + "/approve").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/groups/" + id + "/members").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].role").value("FACILITATOR"));

        long invitationId = idOf(mvc.perform(json(post("/api/v1/groups/" + id + "/members"),
                        "{\"personId\":%d,\"message\":\"Come along\"}".formatted(outsider.personId()))
                        .with(member(p.teacher())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("INVITATION"))
                .andReturn());
        mvc.perform(get("/api/v1/groups/mine/requests").with(member(outsider)))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) invitationId)));
        mvc.perform(post("/api/v1/groups/" + id + "/invitations/" + invitationId + "/accept").with(member(outsider)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/groups/mine").with(member(outsider)))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));

        mvc.perform(post("/api/v1/groups/" + id + "/leave").with(member(p.tutor()))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/groups/" + id + "/members").param("former", "true").with(member(p.teacher())))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[2].personId").value(p.tutor().personId()))
                .andExpect(jsonPath("$[2].leftAt", notNullValue()));

        mvc.perform(get("/api/v1/groups/" + id + "/history").param("type", "JOINED", "left").param("limit", "2")
                        .with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.limit").value(2))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].type").value("LEFT"))
                .andExpect(jsonPath("$.items[0].subjectPersonId").value(p.tutor().personId()));
        mvc.perform(get("/api/v1/groups/" + id + "/history").param("page", "1").param("size", "3")
                        .with(member(p.teacher())))
                .andExpect(jsonPath("$.offset").value(3));
        mvc.perform(get("/api/v1/groups/" + id + "/history").param("type", "GOSSIP").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/api/v1/groups/" + id + "/history").param("limit", "0").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        // former members no longer read the timeline
        mvc.perform(get("/api/v1/groups/" + id + "/history").with(member(p.tutor())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("groups.error.forbidden"));
        // a request of another group is not found here
        mvc.perform(post("/api/v1/groups/" + id + "/members/requests/987654321/approve").with(member(p.teacher())))
                .andExpect(status().isNotFound());
    }

    @Test
    void personalAccessTokensWork() throws Exception {
        Partners p = partners("ApiToken");
        String secret = as(p.teacher().email(), "MEMBER", () -> tokens.create("groups script", null)).secret();
        String name = "Token " + token();
        long id = idOf(mvc.perform(json(post("/api/v1/groups"), draftJson("PARTNERSHIP", name, "PRIVATE",
                        List.of(p.school().id(), p.university().id()), p.school().id()))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isCreated())
                .andReturn());
        mvc.perform(get("/api/v1/groups/mine").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem(name)));
        mvc.perform(get("/api/v1/groups/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("PRIVATE"));
        mvc.perform(get("/api/v1/groups/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer tsp_not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/groups/mine")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentListsTheGroupsEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/groups/{id}/seats/{seatId}/assignments")))
                .andExpect(content().string(containsString("/api/v1/groups/{id}/handovers/{handoverId}/nominate")))
                .andExpect(content().string(containsString("Search groups")));
    }
}
