package org.thirdspace.groups.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.groups.api.GroupsApiTest.idOf;
import static org.thirdspace.groups.api.GroupsApiTest.json;
import static org.thirdspace.groups.api.GroupsApiTest.member;
import static org.thirdspace.groups.search.GroupSearchFixtures.token;
import static org.thirdspace.security.TestAccounts.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.groups.CoreComponent;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupFixtures.Partners;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Seats, assignments, warnings, handovers, the partnership record and meetings through
 * {@code /api/v1/groups/{id}/...}: the staff-move story as an API client plays it.
 */
@IntegrationTest
class GroupPartsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupService groups;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;

    private long partnership(Partners p, GroupVisibility visibility) {
        return partnership(p, visibility, "Parts " + token());
    }

    private long partnership(Partners p, GroupVisibility visibility, String name) {
        return as(p.teacher().email(), "MEMBER", () -> groups.create(GroupSearchFixtures.draft(GroupKind.PARTNERSHIP,
                name, null, visibility, List.of(p.school().id(), p.university().id()), Set.of("ite"),
                Set.of(), Set.of(), p.school().id()))).id();
    }

    static String scores(int count) {
        List<String> scores = new ArrayList<>();
        CoreComponent[] components = CoreComponent.values();
        for (int i = 0; i < count; i++) {
            scores.add("{\"component\":\"%s\",\"score\":%d,\"notes\":\"Note %d\"}".formatted(components[i].name(),
                    1 + i % 4, i));
        }
        return "{\"aimsReaffirmed\":true,\"aimsNote\":\"Still right\",\"scores\":[" + String.join(",", scores) + "]}";
    }

    @Test
    void seatsAssignmentsWarningsAndAHandover() throws Exception {
        Partners p = GroupFixtures.partners(accounts, people, institutions, "ApiSeats");
        Someone colleague = GroupFixtures.person(accounts, people, "ApiSeats Colleague", p.university());
        long id = partnership(p, GroupVisibility.PUBLIC);
        long other = partnership(p, GroupVisibility.PUBLIC);

        long seatId = idOf(mvc.perform(json(post("/api/v1/groups/" + id + "/seats"),
                        "{\"institutionId\":%d,\"title\":\"Link tutor\",\"roleCode\":\"link-tutor\"}"
                                .formatted(p.university().id())).with(member(p.teacher())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Link tutor"))
                .andExpect(jsonPath("$.institutionId").value(p.university().id()))
                .andReturn());
        mvc.perform(json(post("/api/v1/groups/" + id + "/seats"), "{\"institutionId\":%d,\"title\":\"\"}"
                        .formatted(p.university().id())).with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")));
        mvc.perform(json(post("/api/v1/groups/" + id + "/seats"), "{\"institutionId\":%d,\"title\":\"Spy\"}"
                        .formatted(p.university().id())).with(member(p.tutor())))
                .andExpect(status().isForbidden());

        mvc.perform(json(post("/api/v1/groups/" + id + "/seats/" + seatId + "/assignments"),
                        "{\"personId\":%d,\"kind\":\"HOLDER\"}".formatted(p.tutor().personId())).with(member(p.teacher())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personId").value(p.tutor().personId()))
                .andExpect(jsonPath("$.kind").value("HOLDER"));
        mvc.perform(json(post("/api/v1/groups/" + id + "/seats/" + seatId + "/assignments"),
                        "{\"personId\":%d,\"kind\":\"CAPTAIN\"}".formatted(p.tutor().personId())).with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(post("/api/v1/groups/" + id + "/seats/" + seatId + "/assignments"),
                        "{\"kind\":\"DEPUTY\"}").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(get("/api/v1/groups/" + id + "/seats/" + seatId + "/assignments").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/groups/" + id + "/seats").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].holder.personId").value(p.tutor().personId()));
        // visitors see that the seat is held, not by whom (the tutor's profile is for members only)
        mvc.perform(get("/api/v1/groups/" + id + "/seats"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].holder.personId").value(0))
                .andExpect(jsonPath("$[0].holder.displayName").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/v1/groups/" + id + "/seats/" + seatId).with(member(p.tutor())))
                .andExpect(jsonPath("$.title").value("Link tutor"));
        mvc.perform(get("/api/v1/groups/" + other + "/seats/" + seatId).with(member(p.teacher())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/" + id + "/warnings").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind=='NO_DEPUTY')].message")
                        .value(hasItem(containsString("Link tutor"))));

        long handoverId = idOf(mvc.perform(json(post("/api/v1/groups/" + id + "/handovers"),
                        "{\"seatId\":%d}".formatted(seatId)).with(member(p.teacher())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outgoingPersonId").value(p.tutor().personId()))
                .andReturn());
        mvc.perform(get("/api/v1/groups/" + id + "/handovers").with(member(p.teacher())))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) handoverId)));
        mvc.perform(get("/api/v1/groups/" + other + "/handovers/" + handoverId).with(member(p.teacher())))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/groups/" + id + "/handovers/" + handoverId + "/note")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"liveAgreements\":\"Placements for **six** trainees\",\"openIssues\":\"Mentor training\"}")
                        .with(member(p.tutor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note.liveAgreements").value("Placements for **six** trainees"));
        mvc.perform(json(post("/api/v1/groups/" + id + "/handovers/" + handoverId + "/nominate"),
                        "{\"personId\":%d}".formatted(colleague.personId())).with(member(p.tutor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOMINATED"));
        mvc.perform(post("/api/v1/groups/" + id + "/handovers/" + handoverId + "/accept").with(member(colleague)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.noteHtml.liveAgreements").value(containsString("<strong>six</strong>")));
        mvc.perform(get("/api/v1/groups/" + id + "/seats/" + seatId).with(member(colleague)))
                .andExpect(jsonPath("$.holder.personId").value(colleague.personId()));
        mvc.perform(get("/api/v1/groups/" + id + "/seats/" + seatId + "/assignments").with(member(colleague)))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].personId").value(p.tutor().personId()));
        mvc.perform(get("/api/v1/groups/" + id + "/history").param("type", "HANDOVER_ACCEPTED")
                        .with(member(colleague)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theRecordReviewsChartMeetingsAndStageThroughPatch() throws Exception {
        Partners p = GroupFixtures.partners(accounts, people, institutions, "ApiRecord");
        String t = token();
        long id = partnership(p, GroupVisibility.MEMBERS_ONLY, "Parts " + t);

        long reviewId = idOf(mvc.perform(json(post("/api/v1/groups/" + id + "/reviews"), scores(10))
                        .with(member(p.teacher())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scores", hasSize(10)))
                .andReturn());
        mvc.perform(json(post("/api/v1/groups/" + id + "/reviews"), scores(9)).with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("scores")));
        mvc.perform(json(post("/api/v1/groups/" + id + "/reviews"), scores(10)).with(member(p.tutor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/" + id + "/reviews").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews", hasSize(1)))
                .andExpect(jsonPath("$.reviews[0].aimsReaffirmed").value(true));
        mvc.perform(get("/api/v1/groups/" + id + "/reviews/" + reviewId).with(member(p.teacher())))
                .andExpect(jsonPath("$.aimsNote").value("Still right"));
        mvc.perform(get("/api/v1/groups/" + id + "/reviews/chart.svg").with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(startsWith("<")))
                .andExpect(content().string(containsString("<svg")));

        mvc.perform(json(post("/api/v1/groups/" + id + "/meetings"),
                        "{\"heldOn\":\"2026-01-15\",\"title\":\"Kick-off\",\"notes\":\"We *met*\",\"attendeePersonIds\":[%d]}"
                                .formatted(p.teacher().personId())).with(member(p.teacher())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notesHtml").value(containsString("<em>met</em>")));
        mvc.perform(json(post("/api/v1/groups/" + id + "/meetings"), "{\"title\":\"No date\"}")
                        .with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("heldOn")));
        mvc.perform(get("/api/v1/groups/" + id + "/meetings").with(member(p.teacher())))
                .andExpect(jsonPath("$[0].title").value("Kick-off"))
                .andExpect(jsonPath("$[0].attendees[0].personId").value(p.teacher().personId()));

        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"stage\":\"developing\",\"modelLevel\":\"collaborative\"}")
                        .with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("DEVELOPING"))
                .andExpect(jsonPath("$.modelLevel").value("COLLABORATIVE"));
        // stage and model level are facets of the search index
        Awaitility.await().atMost(GroupSearchFixtures.INDEXED_WITHIN).ignoreExceptions().until(() ->
                JsonPath.<Integer>read(mvc.perform(get("/api/v1/groups").param("q", t).param("stage", "developing")
                        .param("model", "3").with(member(p.tutor()))).andReturn().getResponse()
                        .getContentAsString(), "$.total") == 1);
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"modelLevel\":5}").with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("modelLevel"));
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"closureReason\":\"Funding ended\"}")
                        .with(member(p.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closureReason"));
        // all or nothing: the name is not changed when closing fails
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"name\":\"Half done\",\"stage\":\"CLOSED\"}")
                        .with(member(p.teacher())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/groups/" + id).with(member(p.teacher())))
                .andExpect(jsonPath("$.name").value(org.hamcrest.Matchers.startsWith("Parts ")))
                .andExpect(jsonPath("$.stage").value("DEVELOPING"));
        mvc.perform(json(patch("/api/v1/groups/" + id), "{\"stage\":\"closed\",\"closureReason\":\"Funding ended\"}")
                        .with(member(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CLOSED"))
                .andExpect(jsonPath("$.closureReason").value("Funding ended"));
        mvc.perform(get("/api/v1/groups/" + id + "/history").param("type", "STAGE_CHANGED", "MODEL_LEVEL_CHANGED")
                        .with(member(p.teacher())))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/groups/dashboard").with(member(p.teacher())))
                .andExpect(status().isOk());
    }
}
