package org.thirdspace.forum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.forum.api.ForumApiSupport.POSTS;
import static org.thirdspace.forum.api.ForumApiSupport.TOPICS;
import static org.thirdspace.forum.api.ForumApiSupport.category;
import static org.thirdspace.forum.api.ForumApiSupport.json;
import static org.thirdspace.forum.api.ForumApiSupport.member;
import static org.thirdspace.forum.api.ForumApiSupport.moderator;
import static org.thirdspace.forum.api.ForumApiSupport.postId;
import static org.thirdspace.forum.api.ForumApiSupport.read;
import static org.thirdspace.forum.api.ForumApiSupport.reply;
import static org.thirdspace.forum.api.ForumApiSupport.startTopic;
import static org.thirdspace.forum.api.ForumApiSupport.topic;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * Accepted answers over HTTP: only the question's author or a moderator chooses one; only a reply
 * of the same question that is not removed, never the question itself, never a discussion; each
 * refusal says why and leaves the topic as it was.
 */
@IntegrationTest
class ForumApiAnswersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;

    private static ResultActions refused(ResultActions actions, int status, String code) throws Exception {
        return actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
    }

    private ResultActions accept(RequestPostProcessor who, long topicId, long postId) throws Exception {
        return mvc.perform(json(post(TOPICS + "/" + topicId + "/accept"), Map.of("postId", postId)).with(who));
    }

    private Object accepted(RequestPostProcessor who, long topicId) throws Exception {
        MvcResult page = mvc.perform(get(TOPICS + "/" + topicId).param("page", "1").with(who))
                .andExpect(status().isOk()).andReturn();
        return read(page, "$.topic.acceptedAnswer") == null ? null : read(page, "$.topic.acceptedAnswer.id");
    }

    @Test
    void onlyTheAuthorOrAModeratorAcceptsAReplyOfTheSameQuestion() throws Exception {
        Someone mod = ProfileFixtures.person(accounts, people, "Elowen Pascoe", Role.MODERATOR);
        Someone asker = ProfileFixtures.person(accounts, people, "Branok Tremayne");
        Someone helper = ProfileFixtures.person(accounts, people, "Demelza Hocking");
        Someone other = ProfileFixtures.person(accounts, people, "Kerensa Vivian");
        RequestPostProcessor a = member(asker);
        RequestPostProcessor h = member(helper);
        RequestPostProcessor o = member(other);
        RequestPostProcessor m = moderator(mod);
        long categoryId = category(mvc, mod, "answers-" + GroupSearchFixtures.token(), "PUBLIC");

        long question = startTopic(mvc, a, topic("categoryId", categoryId, "QUESTION",
                "How do we fund supply cover for mentors?", "Our budget ends in March.", List.of("funding")));
        long opening = postId(mvc, a, question, 1);
        long helpful = reply(mvc, h, question, "The alliance has a small fund for this.");
        long second = reply(mvc, o, question, "Ask the university's partnership office.");
        long elsewhereTopic = startTopic(mvc, o, topic("categoryId", categoryId, "QUESTION",
                "Who chairs the steering group?", "Asking for the minutes.", List.of()));
        long elsewhere = reply(mvc, h, elsewhereTopic, "The head of the lead school.");
        long discussion = startTopic(mvc, a, topic("categoryId", categoryId, "DISCUSSION",
                "Ideas for the summer conference", "Share yours.", List.of()));
        long idea = reply(mvc, h, discussion, "A poster session by trainees.");

        // someone else, even the person who wrote the reply, may not choose
        refused(accept(h, question, helpful), 403, "forum.error.accept-forbidden")
                .andExpect(jsonPath("$.detail").value(
                        "Only the question's author or a moderator can choose the accepted answer."));
        refused(accept(o, question, helpful), 403, "forum.error.accept-forbidden");
        // not the question itself, not another topic's post, not in a discussion
        refused(accept(a, question, opening), 400, "forum.error.accept-first-post");
        refused(accept(a, question, elsewhere), 400, "forum.error.accept-other-topic");
        refused(accept(a, discussion, idea), 400, "forum.error.not-a-question");
        refused(mvc.perform(post(TOPICS + "/" + question + "/accept").contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(a)), 400, "forum.api.error.post-id-required")
                .andExpect(jsonPath("$.errors[0].field").value("postId"));
        assertThat(accepted(a, question)).isNull();

        // the author accepts; the answer is shown under the question, the topic counts as solved
        accept(a, question, helpful)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptedAnswer.id").value(helpful))
                .andExpect(jsonPath("$.acceptedAnswer.number").value(2))
                .andExpect(jsonPath("$.summary.solved").value(true));
        mvc.perform(get(TOPICS + "/" + question).param("page", "1").with(o))
                .andExpect(jsonPath("$.posts[1].accepted").value(true))
                .andExpect(jsonPath("$.posts[2].accepted").value(false));
        mvc.perform(get(TOPICS).param("category", String.valueOf(categoryId)).param("solved", "true").with(o))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains((int) question)));

        // others cannot take it back; a moderator may choose another reply
        refused(mvc.perform(delete(TOPICS + "/" + question + "/accept").with(h)), 403, "forum.error.accept-forbidden");
        accept(m, question, second).andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptedAnswer.id").value(second));
        assertThat(accepted(a, question)).isEqualTo((int) second);

        // a removed reply cannot be accepted, and removing the accepted one unaccepts it
        mvc.perform(json(patch(POSTS + "/" + helpful), Map.of("removed", true, "reason", "Posted twice")).with(h))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed").value(true));
        refused(accept(a, question, helpful), 400, "forum.error.accept-removed");
        assertThat(accepted(a, question)).isEqualTo((int) second);
        mvc.perform(json(patch(POSTS + "/" + second), Map.of("removed", true, "reason", "Out of date")).with(m))
                .andExpect(status().isOk());
        assertThat(accepted(a, question)).isNull();

        // the author takes an answer back
        mvc.perform(json(patch(POSTS + "/" + second), Map.of("removed", false)).with(m)).andExpect(status().isOk());
        accept(a, question, second).andExpect(status().isOk());
        mvc.perform(delete(TOPICS + "/" + question + "/accept").with(a))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptedAnswer").doesNotExist())
                .andExpect(jsonPath("$.summary.solved").value(false));
    }
}
