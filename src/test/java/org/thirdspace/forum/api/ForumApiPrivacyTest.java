package org.thirdspace.forum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.forum.api.ForumApiSupport.FORUM;
import static org.thirdspace.forum.api.ForumApiSupport.POSTS;
import static org.thirdspace.forum.api.ForumApiSupport.TOPICS;
import static org.thirdspace.forum.api.ForumApiSupport.json;
import static org.thirdspace.forum.api.ForumApiSupport.member;
import static org.thirdspace.forum.api.ForumApiSupport.moderator;
import static org.thirdspace.forum.api.ForumApiSupport.postId;
import static org.thirdspace.forum.api.ForumApiSupport.read;
import static org.thirdspace.forum.api.ForumApiSupport.reply;
import static org.thirdspace.forum.api.ForumApiSupport.startTopic;
import static org.thirdspace.forum.api.ForumApiSupport.topic;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.forum.api.ForumApiSupport.Stored;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupFixtures.Partners;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * A private group's forum through the API: its members read and write it; for everyone else —
 * other members, site moderators outside the group, visitors — every endpoint answers as if it
 * did not exist (404, or an empty list), search never shows it, and their attempts change nothing.
 */
@IntegrationTest
class ForumApiPrivacyTest {

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
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPrivateGroupForumDoesNotExistForNonMembersOnAnyEndpoint() throws Exception {
        String secret = GroupSearchFixtures.token();
        Partners p = GroupFixtures.partners(accounts, people, institutions, "Hushwood " + secret.substring(2, 6));
        long groupId = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Hushwood circle " + secret, GroupVisibility.PRIVATE, p, null))).id();
        var invitation = as(p.teacher().email(), "MEMBER",
                () -> groups.invite(groupId, p.tutor().personId(), "Join us", p.university().id()));
        as(p.tutor().email(), "MEMBER", () -> groups.acceptInvitation(invitation.id()));
        Someone outsider = ProfileFixtures.person(accounts, people, "Morwenna Tregear");
        Someone siteModerator = ProfileFixtures.person(accounts, people, "Jago Penrose", Role.MODERATOR);

        RequestPostProcessor teacher = member(p.teacher());
        RequestPostProcessor tutor = member(p.tutor());
        long topicId = startTopic(mvc, teacher, topic("groupId", groupId, "QUESTION",
                "Confidential placement concerns " + secret, "The trainee at the " + secret + " school struggles.",
                List.of("placements")));
        long replyId = reply(mvc, tutor, topicId, "I can visit on Thursday, " + secret + ".");
        long firstId = postId(mvc, teacher, topicId, 1);

        // members see it
        mvc.perform(get(TOPICS + "/" + topicId).param("page", "1").with(tutor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.posts.length()").value(2));
        mvc.perform(get(TOPICS).param("group", String.valueOf(groupId)).with(tutor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) topicId)));

        String topic = TOPICS + "/" + topicId;
        // fresh requests for every caller: a request builder keeps the post-processors it was given
        java.util.function.Supplier<List<MockHttpServletRequestBuilder>> requests = () -> List.of(
                get(topic), get(topic).param("page", "1"), get(topic).param("post", "2"),
                get(POSTS + "/" + firstId), get(POSTS + "/" + replyId), get(POSTS + "/" + replyId + "/history"),
                get(POSTS + "/" + replyId + "/quote"),
                json(post(topic + "/posts"), Map.of("markdown", "Let me in")),
                json(post(topic + "/posts"), Map.of("markdown", "Quoting you", "quotedPostId", replyId)),
                json(patch(topic), Map.of("title", "Not so confidential")),
                json(patch(POSTS + "/" + replyId), Map.of("markdown", "Changed by a stranger")),
                json(patch(POSTS + "/" + replyId), Map.of("removed", true, "reason", "I do not like it")),
                json(post(POSTS + "/" + replyId + "/reactions"), Map.of("kind", "helpful")),
                delete(POSTS + "/" + replyId + "/reactions/helpful"),
                json(post(topic + "/accept"), Map.of("postId", replyId)), delete(topic + "/accept"),
                put(topic + "/watch"), delete(topic + "/watch"), post(topic + "/read"),
                json(post(topic + "/moderation"), Map.of("action", "pin")),
                json(post(topic + "/moderation"), Map.of("action", "split", "postIds", List.of(replyId),
                        "title", "Taken away")),
                get(FORUM + "/groups/" + groupId), put(FORUM + "/groups/" + groupId + "/watch"),
                post(FORUM + "/groups/" + groupId + "/read"),
                get(FORUM + "/mentionable").param("forum", "group:" + groupId).param("q", "Hush"),
                get(TOPICS).param("group", String.valueOf(groupId)),
                json(post(TOPICS), topic("groupId", groupId, "DISCUSSION", "Gatecrashing " + secret, "Hello all",
                        List.of())));
        Stored outsiderBefore = Stored.of(jdbc, outsider.personId());
        Stored moderatorBefore = Stored.of(jdbc, siteModerator.personId());
        for (RequestPostProcessor stranger : List.of(member(outsider), moderator(siteModerator))) {
            for (MockHttpServletRequestBuilder request : requests.get()) {
                MvcResult result = mvc.perform(request.with(stranger))
                        .andExpect(status().isNotFound())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.code").value("forum.error.not-found"))
                        .andReturn();
                assertThat(result.getResponse().getContentAsString()).doesNotContain(secret, "Hushwood");
            }
            // lists leave it out
            for (MockHttpServletRequestBuilder request : List.of(get(TOPICS), get(TOPICS).param("tag", "placements"),
                    get(TOPICS).param("author", String.valueOf(p.teacher().personId())), get(FORUM + "/groups"),
                    get(FORUM + "/unread"), get(FORUM + "/watched"), get(FORUM + "/categories"))) {
                MvcResult result = mvc.perform(request.with(stranger)).andExpect(status().isOk()).andReturn();
                assertThat(result.getResponse().getContentAsString()).doesNotContain(secret, "Hushwood");
            }
        }
        // visitors get nothing either
        for (MockHttpServletRequestBuilder request : requests.get()) {
            MvcResult result = mvc.perform(request).andExpect(status().is4xxClientError()).andReturn();
            assertThat(result.getResponse().getContentAsString()).doesNotContain(secret, "Hushwood");
        }

        // nothing the strangers tried changed anything
        assertThat(Stored.of(jdbc, outsider.personId())).isEqualTo(outsiderBefore);
        assertThat(Stored.of(jdbc, siteModerator.personId())).isEqualTo(moderatorBefore);
        MvcResult after = mvc.perform(get(topic).param("page", "1").with(teacher)).andExpect(status().isOk())
                .andReturn();
        assertThat((Integer) read(after, "$.topic.postCount")).isEqualTo(2);
        assertThat((Boolean) read(after, "$.topic.summary.pinned")).isFalse();
        assertThat((String) read(after, "$.topic.summary.title")).isEqualTo("Confidential placement concerns " + secret);
        assertThat((Boolean) read(after, "$.posts[1].removed")).isFalse();
        assertThat((String) read(after, "$.posts[1].markdown")).isEqualTo("I can visit on Thursday, " + secret + ".");
        assertThat((Integer) read(after, "$.posts[1].helpfulCount")).isZero();
        assertThat((Object) read(after, "$.topic.acceptedAnswer")).isNull();
    }

    @Test
    void searchNeverShowsAPrivateGroupForumToNonMembers() throws Exception {
        String secret = GroupSearchFixtures.token();
        Partners p = GroupFixtures.partners(accounts, people, institutions, "Stillwater " + secret.substring(2, 6));
        long groupId = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Stillwater circle " + secret, GroupVisibility.PRIVATE, p, null))).id();
        Someone outsider = ProfileFixtures.person(accounts, people, "Tamsin Carveth");
        Someone siteModerator = ProfileFixtures.person(accounts, people, "Enyon Rescorla", Role.MODERATOR);
        RequestPostProcessor teacher = member(p.teacher());
        long topicId = startTopic(mvc, teacher, topic("groupId", groupId, "QUESTION",
                "Quiet worries about " + secret, "Nobody else should read about " + secret + ".",
                List.of("wellbeing")));
        reply(mvc, teacher, topicId, "Still thinking about " + secret + ".");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                mvc.perform(get(TOPICS).param("q", secret).with(teacher))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.hits[*].topicId").value(hasItem((int) topicId)))
                        .andExpect(jsonPath("$.facets.group[*].code").value(hasItem(String.valueOf(groupId)))));
        for (RequestPostProcessor stranger : List.of(member(outsider), moderator(siteModerator))) {
            for (MockHttpServletRequestBuilder request : List.of(get(TOPICS).param("q", secret),
                    get(TOPICS).param("q", secret).param("tag", "wellbeing"),
                    get(TOPICS).param("q", secret).param("author", String.valueOf(p.teacher().personId())))) {
                MvcResult result = mvc.perform(request.with(stranger))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.total").value(0))
                        .andExpect(jsonPath("$.hits[*].topicId").value(not(hasItem((int) topicId))))
                        .andReturn();
                assertThat(result.getResponse().getContentAsString()).doesNotContain(secret, "Stillwater");
            }
            mvc.perform(get(TOPICS).param("q", secret).param("group", String.valueOf(groupId)).with(stranger))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("forum.error.not-found"));
        }
    }
}
