package org.thirdspace.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.people.ProfileFixtures.person;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdspace.notifications.internal.DeliverySettings;
import org.thirdspace.notifications.internal.NotificationDispatcher;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

/** The notifications REST API: list, read, read-all, settings, and its problems. */
@IntegrationTest
class NotificationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    DeliverySettings settings;

    @Test
    void listsNewestFirstMarksReadAndKeepsOthersNotificationsPrivate() throws Exception {
        Someone ann = person(accounts, people, "Ann Notified");
        Someone bob = person(accounts, people, "Bob Elsewhere");
        long first = dispatcher.deliver(ann.accountId(), NotificationKind.INTRODUCTION_REQUESTED, null, "intro:1",
                "introductions", "Cora Connector").orElseThrow();
        long second = dispatcher.deliver(ann.accountId(), NotificationKind.JOIN_REQUEST_ANSWERED, "approved",
                "join:9", "groups/9", "Tyne Maths Hub").orElseThrow();
        long bobs = dispatcher.deliver(bob.accountId(), NotificationKind.MENTION, null, "post:1", "forum/t/1?post=1",
                "Ann Notified", "Field trips").orElseThrow();
        // the same cause again is not a second notification
        assertThat(dispatcher.deliver(ann.accountId(), NotificationKind.JOIN_REQUEST_ANSWERED, "approved", "join:9",
                "groups/9", "Tyne Maths Hub")).isEmpty();

        mvc.perform(as(get("/api/v1/notifications"), ann))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].id").value(second))
                .andExpect(jsonPath("$.items[0].kind").value("JOIN_REQUEST_ANSWERED"))
                .andExpect(jsonPath("$.items[0].message").value("Your request to join Tyne Maths Hub was approved"))
                .andExpect(jsonPath("$.items[0].link").value("groups/9"))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.items[1].message").value("Cora Connector asks to be introduced to you"))
                .andExpect(jsonPath("$.items[1].createdAt").exists());

        // someone else's notification does not exist for Ann
        mvc.perform(as(post("/api/v1/notifications/" + bobs + "/read"), ann))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("notifications.error.not-found"));
        mvc.perform(as(get("/api/v1/notifications"), bob)).andExpect(jsonPath("$.unread").value(1));

        mvc.perform(as(post("/api/v1/notifications/" + first + "/read"), ann))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.read").value(true));
        mvc.perform(as(get("/api/v1/notifications?size=1"), ann))
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(as(get("/api/v1/notifications?page=1&size=1"), ann))
                .andExpect(jsonPath("$.items[0].id").value(first));

        mvc.perform(as(post("/api/v1/notifications/read-all"), ann))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(1))
                .andExpect(jsonPath("$.unread").value(0));
        mvc.perform(as(get("/api/v1/notifications"), ann)).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(as(get("/api/v1/notifications"), bob)).andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void badRequestsGetProblems() throws Exception {
        Someone cai = person(accounts, people, "Cai Careful");
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(as(get("/api/v1/notifications?page=-1"), cai))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"))
                .andExpect(jsonPath("$.code").value("notifications.error.page"));
        mvc.perform(as(get("/api/v1/notifications?size=500"), cai))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"))
                .andExpect(jsonPath("$.detail").value("The page size must be between 1 and 100."));
        mvc.perform(as(get("/api/v1/notifications?size=many"), cai))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(as(post("/api/v1/notifications/99999999/read"), cai)).andExpect(status().isNotFound());
        mvc.perform(as(post("/api/v1/notifications/abc/read"), cai))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"));
    }

    @Test
    void settingsShowDefaultsChangeAndSwitchKindsOff() throws Exception {
        Someone dee = person(accounts, people, "Dee Settings");
        mvc.perform(as(get("/api/v1/me/notification-settings"), dee))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.digest").value("DAILY"))
                .andExpect(jsonPath("$.kinds.MENTION").value("IMMEDIATE"))
                .andExpect(jsonPath("$.kinds.TOPIC_REPLY").value("DIGEST"))
                .andExpect(jsonPath("$.kinds.COLLECTION_ITEM_ADDED").value("DIGEST"));

        mvc.perform(as(put("/api/v1/me/notification-settings"), dee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"digest\":\"WEEKLY\",\"kinds\":{\"MENTION\":\"OFF\",\"TOPIC_REPLY\":\"IN_APP\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.digest").value("WEEKLY"))
                .andExpect(jsonPath("$.kinds.MENTION").value("OFF"))
                .andExpect(jsonPath("$.kinds.TOPIC_REPLY").value("IN_APP"))
                .andExpect(jsonPath("$.kinds.REVIEW_REQUESTED").value("IMMEDIATE"));
        assertThat(settings.delivery(dee.accountId(), NotificationKind.MENTION)).isEqualTo(Delivery.OFF);
        assertThat(settings.frequency(dee.accountId())).isEqualTo(DigestFrequency.WEEKLY);

        // OFF: nothing is stored; other kinds still are
        assertThat(dispatcher.deliver(dee.accountId(), NotificationKind.MENTION, null, "post:77", "forum/t/7",
                "Someone", "A topic")).isEmpty();
        assertThat(dispatcher.deliver(dee.accountId(), NotificationKind.TOPIC_REPLY, null, "post:78", "forum/t/7",
                "Someone", "A topic")).isPresent();
        mvc.perform(as(get("/api/v1/notifications"), dee))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("TOPIC_REPLY"));

        // only the digest: kinds keep their choice
        mvc.perform(as(put("/api/v1/me/notification-settings"), dee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"digest\":\"DAILY\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds.MENTION").value("OFF"));

        // bad input changes nothing
        mvc.perform(as(put("/api/v1/me/notification-settings"), dee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kinds\":{\"MENTION\":\"SOMETIMES\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("notifications.api.error.bad-value"))
                .andExpect(jsonPath("$.errors[0].field").value("kinds.MENTION"));
        mvc.perform(as(put("/api/v1/me/notification-settings"), dee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kinds\":{\"GOSSIP\":\"OFF\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notifications.api.error.bad-value"));
        mvc.perform(as(put("/api/v1/me/notification-settings"), dee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"digest\":\"HOURLY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("digest"));
        mvc.perform(as(put("/api/v1/me/notification-settings"), dee).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notifications.error.settings-empty"));
        mvc.perform(as(put("/api/v1/me/notification-settings"), dee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kinds\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notifications.api.error.malformed"));
        assertThat(settings.frequency(dee.accountId())).isEqualTo(DigestFrequency.DAILY);
        assertThat(settings.delivery(dee.accountId(), NotificationKind.MENTION)).isEqualTo(Delivery.OFF);
        mvc.perform(put("/api/v1/me/notification-settings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"digest\":\"DAILY\"}")).andExpect(status().is4xxClientError());
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Someone who) {
        return request.with(user(who.email()).roles("MEMBER"));
    }
}
