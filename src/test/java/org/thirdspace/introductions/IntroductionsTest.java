package org.thirdspace.introductions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.people.ProfileFixtures.update;
import static org.thirdspace.security.TestAccounts.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class IntroductionsTest {

    @Autowired
    IntroductionService introductions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    @Test
    void askingFollowsTheRulesAndAcceptingSharesEmails() {
        var asker = person(accounts, people, "Ada Asker");
        var target = person(accounts, people, "Tom Target");
        var closed = person(accounts, people, "Cleo Closed");
        var hidden = person(accounts, people, "Hal Hidden");
        as(closed.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.MEMBERS, false, false)));
        as(hidden.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.HIDDEN, false, true)));

        assertThatThrownBy(() -> as(asker.email(), "MEMBER", () -> introductions.request(asker.personId(), "Hi me")))
                .isInstanceOfSatisfying(IntroductionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("introductions.error.self"));
        assertThatThrownBy(() -> as(asker.email(), "MEMBER", () -> introductions.request(closed.personId(), "Hi")))
                .isInstanceOfSatisfying(IntroductionException.class,
                        e -> assertThat(e.kind()).isEqualTo(IntroductionException.Kind.CONFLICT));
        assertThatThrownBy(() -> as(asker.email(), "MEMBER", () -> introductions.request(hidden.personId(), "Hi")))
                .isInstanceOfSatisfying(IntroductionException.class,
                        e -> assertThat(e.kind()).isEqualTo(IntroductionException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> as(asker.email(), "MEMBER",
                () -> introductions.request(target.personId(), "x".repeat(1001))))
                .isInstanceOfSatisfying(IntroductionException.class,
                        e -> assertThat(e.kind()).isEqualTo(IntroductionException.Kind.INVALID));

        var asked = as(asker.email(), "MEMBER",
                () -> introductions.request(target.personId(), "We run a maths hub; could we talk?"));
        assertThat(asked.requesterEmail()).isNull();
        assertThat(events.stream(IntroductionRequested.class))
                .contains(new IntroductionRequested(asked.id(), asker.personId(), target.personId()));
        assertThatThrownBy(() -> as(asker.email(), "MEMBER", () -> introductions.request(target.personId(), "Again")))
                .isInstanceOfSatisfying(IntroductionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("introductions.error.duplicate"));
        assertThatThrownBy(() -> as(asker.email(), "MEMBER", () -> introductions.accept(asked.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        var accepted = as(target.email(), "MEMBER", () -> introductions.accept(asked.id()));
        assertThat(accepted.requesterEmail()).isEqualTo(asker.email());
        assertThat(accepted.recipientEmail()).isEqualTo(target.email());
        assertThat(events.stream(IntroductionAnswered.class))
                .contains(new IntroductionAnswered(asked.id(), asker.personId(), target.personId(), true));
        assertThat(as(asker.email(), "MEMBER", () -> introductions.mine())).singleElement()
                .satisfies(i -> assertThat(i.recipientEmail()).isEqualTo(target.email()));
        assertThatThrownBy(() -> as(target.email(), "MEMBER", () -> introductions.decline(asked.id(), "no")))
                .isInstanceOfSatisfying(IntroductionException.class,
                        e -> assertThat(e.kind()).isEqualTo(IntroductionException.Kind.CONFLICT));
    }

    @Test
    void restApiAsksDeclinesAndAnswersWithProblems() throws Exception {
        var asker = person(accounts, people, "Rae Rest");
        var target = person(accounts, people, "Dan Decliner");
        String body = mvc.perform(post("/api/v1/introductions").with(user(asker.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + target.personId() + ",\"message\":\"Hello there\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1").strip());
        mvc.perform(post("/api/v1/introductions").with(user(asker.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + target.personId() + ",\"message\":\"Hello again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/introductions").with(user(asker.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":99999999,\"message\":\"Hi\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/introductions").with(user(asker.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":1,\"message\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/introductions").with(user(asker.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/introductions/" + id + "/decline").with(user(target.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Not this term\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.requesterEmail").doesNotExist());
        mvc.perform(get("/api/v1/introductions").with(user(asker.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].declineReason").value("Not this term"));
    }
}
