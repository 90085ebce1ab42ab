package org.thirdspace.forum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.forum.api.ForumApiSupport.FORUM;
import static org.thirdspace.forum.api.ForumApiSupport.POSTS;
import static org.thirdspace.forum.api.ForumApiSupport.TOPICS;
import static org.thirdspace.forum.api.ForumApiSupport.category;
import static org.thirdspace.forum.api.ForumApiSupport.idOf;
import static org.thirdspace.forum.api.ForumApiSupport.json;
import static org.thirdspace.forum.api.ForumApiSupport.member;
import static org.thirdspace.forum.api.ForumApiSupport.moderator;
import static org.thirdspace.forum.api.ForumApiSupport.postId;
import static org.thirdspace.forum.api.ForumApiSupport.read;
import static org.thirdspace.forum.api.ForumApiSupport.reply;
import static org.thirdspace.forum.api.ForumApiSupport.startTopic;
import static org.thirdspace.forum.api.ForumApiSupport.topic;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The forum API end to end: categories (moderators only), topics and replies with mentions,
 * quoting, edits with history, reactions, paging and the first unread page, unread counts,
 * watching, moderation and search with highlights and facets.
 */
@IntegrationTest
class ForumApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;

    private Someone someone(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    @Test
    void moderatorsManageCategoriesAndEveryoneListsThem() throws Exception {
        Someone mod = someone("Locryn Bolitho", Role.MODERATOR);
        Someone member = someone("Tressa Kitto");
        String slug = "ideas-" + GroupSearchFixtures.token();
        Map<String, Object> draft = Map.of("slug", slug, "name", "Ideas " + slug, "description", "Half-formed ones.",
                "visibility", "MEMBERS", "archived", false);

        mvc.perform(json(post(FORUM + "/categories"), draft).with(member(member)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forum.api.error.moderators-only"));
        MvcResult created = mvc.perform(json(post(FORUM + "/categories"), draft).with(moderator(mod)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/forum/categories/\\d+")))
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.visibility").value("MEMBERS"))
                .andReturn();
        long id = idOf(created);
        mvc.perform(json(post(FORUM + "/categories"), draft).with(moderator(mod)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("forum.error.slug-taken"))
                .andExpect(jsonPath("$.errors[0].field").value("slug"));

        mvc.perform(get(FORUM + "/categories").with(member(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug").value(hasItem(slug)));
        mvc.perform(get(FORUM + "/categories/" + slug).with(member(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.topicCount").value(0));

        Map<String, Object> renamed = Map.of("slug", slug, "name", "Ideas and plans", "visibility", "PUBLIC",
                "archived", false);
        mvc.perform(json(put(FORUM + "/categories/" + id), renamed).with(member(member)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put(FORUM + "/categories/" + id), renamed).with(moderator(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ideas and plans"))
                .andExpect(jsonPath("$.visibility").value("PUBLIC"));
    }

    @Test
    void aQuestionIsAskedAnsweredWithAMentionQuotedEditedAndReactedTo() throws Exception {
        Someone mod = someone("Gwithian Rowe", Role.MODERATOR);
        Someone asker = someone("Ysella Trewin");
        Someone helper = someone("Mawgan Teague");
        RequestPostProcessor a = member(asker);
        RequestPostProcessor h = member(helper);
        String slug = "practice-" + GroupSearchFixtures.token();
        long categoryId = category(mvc, mod, slug, "PUBLIC");

        MvcResult created = mvc.perform(json(post(TOPICS), topic("categoryId", categoryId, "QUESTION",
                        "How do you brief a new mentor?", "We have **three** new mentors in September.",
                        List.of("Mentoring", "induction"))).with(a))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/topics/\\d+")))
                .andExpect(jsonPath("$.summary.kind").value("QUESTION"))
                .andExpect(jsonPath("$.summary.tags").value(org.hamcrest.Matchers.containsInAnyOrder("mentoring",
                        "induction")))
                .andExpect(jsonPath("$.watching").value(true))
                .andReturn();
        long topicId = idOf(created);

        // listed by category id or address, and by tag
        for (String category : List.of(String.valueOf(categoryId), slug)) {
            mvc.perform(get(TOPICS).param("category", category).with(h))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].id").value(topicId))
                    .andExpect(jsonPath("$.items[0].title").value("How do you brief a new mentor?"))
                    .andExpect(jsonPath("$.hits").doesNotExist());
        }
        mvc.perform(get(TOPICS).param("category", slug).param("tag", "induction").param("solved", "false").with(h))
                .andExpect(jsonPath("$.total").value(1));

        // the mention autocomplete finds the asker; the reply mentions and quotes them
        MvcResult candidates = mvc.perform(get(FORUM + "/mentionable").param("forum", "category:" + categoryId)
                        .param("q", "Ysel").with(h))
                .andExpect(status().isOk())
                .andReturn();
        List<String> tokens = read(candidates, "$[?(@.personId == " + asker.personId() + ")].token");
        assertThat(tokens).containsExactly("@[Ysella Trewin](person:" + asker.personId() + ")");
        long opening = postId(mvc, a, topicId, 1);
        String quote = read(mvc.perform(get(POSTS + "/" + opening + "/quote").with(h)).andExpect(status().isOk())
                .andReturn(), "$.markdown");
        assertThat(quote).contains("three");
        MvcResult answered = mvc.perform(json(post(TOPICS + "/" + topicId + "/posts"), Map.of(
                        "markdown", quote + "\n\n" + tokens.getFirst() + " we pair them with an experienced one.",
                        "quotedPostId", opening)).with(h))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/posts/\\d+")))
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.quotedPostNumber").value(1))
                .andExpect(jsonPath("$.html").value(containsString("Ysella Trewin")))
                .andReturn();
        long answer = idOf(answered);
        mvc.perform(get(POSTS + "/" + answer).with(a))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topicId").value(topicId))
                .andExpect(jsonPath("$.authorName").value("Mawgan Teague"));

        // edits: the history keeps the first version; a stale edit is refused and saves nothing
        mvc.perform(json(patch(POSTS + "/" + answer), Map.of("markdown", "We pair them with a buddy mentor.",
                        "basedOnRevision", 0, "reason", "shorter")).with(h))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisionCount").value(1))
                .andExpect(jsonPath("$.markdown").value("We pair them with a buddy mentor."));
        mvc.perform(json(patch(POSTS + "/" + answer), Map.of("markdown", "A lost update.", "basedOnRevision", 0))
                        .with(h))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("forum.error.edit-stale"));
        mvc.perform(get(POSTS + "/" + answer + "/history").with(h))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].markdown").value("We pair them with a buddy mentor."))
                .andExpect(jsonPath("$[1].reason").value("shorter"))
                .andExpect(jsonPath("$[1].current").value(true));
        mvc.perform(get(POSTS + "/" + answer + "/history").with(a))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forum.error.history-forbidden"));
        mvc.perform(get(POSTS + "/" + answer + "/history").with(moderator(mod))).andExpect(status().isOk());
        mvc.perform(json(patch(POSTS + "/" + answer), Map.of("markdown", "Not mine to change")).with(a))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forum.error.not-author"));

        // helpful: not one's own, idempotent, taken back
        mvc.perform(json(post(POSTS + "/" + answer + "/reactions"), Map.of("kind", "helpful")).with(h))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forum.error.own-post-helpful"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(json(post(POSTS + "/" + answer + "/reactions"), Map.of("kind", "helpful")).with(a))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.helpfulCount").value(1))
                    .andExpect(jsonPath("$.helpfulByMe").value(true));
        }
        mvc.perform(delete(POSTS + "/" + answer + "/reactions/helpful").with(a))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.helpfulCount").value(0));

        // removal leaves the post in place; only moderators restore it
        mvc.perform(json(patch(POSTS + "/" + answer), Map.of("removed", true, "reason", "Wrong thread")).with(h))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed").value(true))
                .andExpect(jsonPath("$.html").doesNotExist());
        mvc.perform(json(patch(POSTS + "/" + answer), Map.of("removed", false)).with(h))
                .andExpect(status().isForbidden());
        mvc.perform(get(TOPICS + "/" + topicId).param("page", "1").with(a))
                .andExpect(jsonPath("$.posts.length()").value(2))
                .andExpect(jsonPath("$.posts[1].removed").value(true));
        mvc.perform(json(patch(POSTS + "/" + answer), Map.of("removed", false)).with(moderator(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed").value(false));

        // a public category reads without logging in, but takes no replies from visitors
        mvc.perform(get(TOPICS + "/" + topicId).param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.posts.length()").value(2))
                .andExpect(jsonPath("$.topic.summary.forum.key").value("category:" + categoryId))
                .andExpect(jsonPath("$.topic.summary.forum.group").doesNotExist())
                .andExpect(jsonPath("$.topic.permissions.reply").value(false));
        mvc.perform(json(post(TOPICS + "/" + topicId + "/posts"), Map.of("markdown", "Visitor here")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesOfTwentyLandOnTheFirstUnreadPageAndUnreadCountsFollowReadsAndReplies() throws Exception {
        Someone mod = someone("Hedra Polglase", Role.MODERATOR);
        Someone starter = someone("Conan Menhenick");
        Someone reader = someone("Lowena Chenoweth");
        RequestPostProcessor s = member(starter);
        RequestPostProcessor r = member(reader);
        long categoryId = category(mvc, mod, "long-" + GroupSearchFixtures.token(), "PUBLIC");
        long topicId = startTopic(mvc, s, topic("categoryId", categoryId, "DISCUSSION",
                "A long thread about marking", "Post 1.", List.of()));
        for (int n = 2; n <= 45; n++) {
            reply(mvc, s, topicId, "Post " + n + ".");
        }
        String path = TOPICS + "/" + topicId;

        // paging, as the starter (who has read everything)
        mvc.perform(get(path).param("page", "2").with(s))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.pageCount").value(3))
                .andExpect(jsonPath("$.posts.length()").value(20))
                .andExpect(jsonPath("$.posts[0].number").value(21))
                .andExpect(header().stringValues(HttpHeaders.LINK, org.hamcrest.Matchers.containsInAnyOrder(
                        "<" + path + "?page=1>; rel=\"prev\"", "<" + path + "?page=3>; rel=\"next\"")));
        mvc.perform(get(path).param("post", "44").with(s))
                .andExpect(jsonPath("$.page").value(3))
                .andExpect(jsonPath("$.posts[0].number").value(41))
                .andExpect(header().stringValues(HttpHeaders.LINK, contains("<" + path + "?page=2>; rel=\"prev\"")));
        mvc.perform(get(path).param("page", "9").with(s)).andExpect(jsonPath("$.page").value(3));
        mvc.perform(get(path).with(s)).andExpect(jsonPath("$.page").value(3));

        // the reader watches the topic; unread, it opens on page 1, then on the first unread page
        mvc.perform(put(path + "/watch").with(r)).andExpect(status().isNoContent());
        mvc.perform(get(path).with(r))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.topic.lastReadNumber").value(0));
        mvc.perform(get(path).with(r))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.posts[0].number").value(21))
                .andExpect(jsonPath("$.topic.lastReadNumber").value(20))
                .andExpect(jsonPath("$.topic.firstUnreadNumber").value(21))
                .andExpect(jsonPath("$.posts[0].unread").value(true));
        // reading page 2 left 5 unread posts on page 3
        MvcResult badge = mvc.perform(get(FORUM + "/unread").with(r)).andExpect(status().isOk()).andReturn();
        assertThat(((Number) read(badge, "$.unreadPosts")).longValue()).isEqualTo(5);
        assertThat((Integer) read(badge, "$.unreadTopics")).isEqualTo(1);
        // marked read (up to a number, then all): nothing unread, and the topic opens on its last page
        mvc.perform(post(path + "/read").contentType(MediaType.APPLICATION_JSON).content("{\"upTo\": 43}").with(r))
                .andExpect(status().isNoContent());
        badge = mvc.perform(get(FORUM + "/unread").with(r)).andReturn();
        assertThat(((Number) read(badge, "$.unreadPosts")).longValue()).isEqualTo(2);
        mvc.perform(post(path + "/read").with(r)).andExpect(status().isNoContent());
        badge = mvc.perform(get(FORUM + "/unread").with(r)).andReturn();
        assertThat(((Number) read(badge, "$.unreadPosts")).longValue()).isZero();
        mvc.perform(get(path).with(r)).andExpect(jsonPath("$.page").value(3));

        // two new replies: two unread posts in one topic, and the topic lists them
        reply(mvc, s, topicId, "Post 46.");
        reply(mvc, s, topicId, "Post 47.");
        badge = mvc.perform(get(FORUM + "/unread").with(r)).andReturn();
        assertThat(((Number) read(badge, "$.unreadPosts")).longValue()).isEqualTo(2);
        assertThat((Integer) read(badge, "$.unreadTopics")).isEqualTo(1);
        mvc.perform(get(TOPICS).param("unread", "true").param("category", String.valueOf(categoryId)).with(r))
                .andExpect(jsonPath("$.items[0].id").value(topicId))
                .andExpect(jsonPath("$.items[0].unreadCount").value(2));
        mvc.perform(get(FORUM + "/watched").with(r)).andExpect(jsonPath("$[*].id").value(hasItem((int) topicId)));

        // unwatched, the topic no longer counts
        mvc.perform(delete(path + "/watch").with(r)).andExpect(status().isNoContent());
        mvc.perform(get(FORUM + "/watched").with(r)).andExpect(jsonPath("$[*].id").value(not(hasItem((int) topicId))));
    }

    @Test
    void moderatorsPinLockCloseMoveSplitAndMerge() throws Exception {
        Someone mod = someone("Jenifer Trengove", Role.MODERATOR);
        Someone member = someone("Piran Keast");
        RequestPostProcessor m = moderator(mod);
        RequestPostProcessor u = member(member);
        long from = category(mvc, mod, "from-" + GroupSearchFixtures.token(), "PUBLIC");
        long to = category(mvc, mod, "to-" + GroupSearchFixtures.token(), "PUBLIC");
        long topicId = startTopic(mvc, u, topic("categoryId", from, "DISCUSSION", "Planning the open day",
                "Who brings the banners?", List.of()));
        long offTopic = reply(mvc, u, topicId, "Unrelated: the car park is closed on Friday.");
        reply(mvc, u, topicId, "Also unrelated: use the side gate.");
        String moderation = TOPICS + "/" + topicId + "/moderation";

        mvc.perform(json(post(moderation), Map.of("action", "pin")).with(u))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forum.error.not-moderator"));
        mvc.perform(json(post(moderation), Map.of("action", "pin")).with(m))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.pinned").value(true));
        mvc.perform(json(post(moderation), Map.of("action", "close")).with(m))
                .andExpect(jsonPath("$.summary.closed").value(true));
        mvc.perform(json(post(TOPICS + "/" + topicId + "/posts"), Map.of("markdown", "Too late?")).with(u))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forum.error.closed"));
        mvc.perform(json(post(moderation), Map.of("action", "reopen")).with(m))
                .andExpect(jsonPath("$.summary.closed").value(false));
        mvc.perform(json(post(moderation), Map.of("action", "lock")).with(m))
                .andExpect(jsonPath("$.summary.locked").value(true));
        mvc.perform(json(post(TOPICS + "/" + topicId + "/posts"), Map.of("markdown", "Locked?")).with(u))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forum.error.locked"));
        mvc.perform(json(post(moderation), Map.of("action", "unlock")).with(m))
                .andExpect(jsonPath("$.summary.locked").value(false));

        mvc.perform(json(post(moderation), Map.of("action", "move")).with(m))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("forum.api.error.target-required"));
        mvc.perform(json(post(moderation), Map.of("action", "move", "categoryId", to)).with(m))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.forum.categoryId").value(to));

        // split the two off-topic replies into a new topic; the old number 2 redirects there
        long second = postId(mvc, u, topicId, 3);
        MvcResult split = mvc.perform(json(post(moderation), Map.of("action", "split", "postIds",
                        List.of(offTopic, second), "title", "Parking on open day")).with(m))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/topics/\\d+")))
                .andExpect(jsonPath("$.summary.title").value("Parking on open day"))
                .andReturn();
        long newTopic = idOf(split);
        mvc.perform(get(TOPICS + "/" + topicId).param("post", "2").with(u))
                .andExpect(status().isPermanentRedirect())
                .andExpect(header().string(HttpHeaders.LOCATION, TOPICS + "/" + newTopic + "?post=1"));
        mvc.perform(get(TOPICS + "/" + newTopic).param("page", "1").with(u))
                .andExpect(jsonPath("$.posts[0].id").value(offTopic));

        // merge the split-off topic back: it stays as a redirect to the survivor
        mvc.perform(json(post(TOPICS + "/" + newTopic + "/moderation"), Map.of("action", "merge")).with(m))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("forum.api.error.merge-target"));
        mvc.perform(json(post(TOPICS + "/" + newTopic + "/moderation"), Map.of("action", "merge", "intoTopicId",
                        topicId)).with(m))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.id").value(topicId))
                .andExpect(jsonPath("$.postCount").value(3));
        mvc.perform(get(TOPICS + "/" + newTopic).param("page", "1").with(u))
                .andExpect(jsonPath("$.topic.summary.mergedIntoId").value(topicId));
    }

    @Test
    void searchFindsTopicsWithHighlightsAndFacets() throws Exception {
        Someone mod = someone("Austell Carne", Role.MODERATOR);
        Someone writer = someone("Rosenwyn Hosken");
        RequestPostProcessor w = member(writer);
        String word = GroupSearchFixtures.token();
        long categoryId = category(mvc, mod, "search-" + GroupSearchFixtures.token(), "PUBLIC");
        long question = startTopic(mvc, w, topic("categoryId", categoryId, "QUESTION",
                "Seed swaps with " + word + " pupils", "Has anyone run one?", List.of("gardening")));
        reply(mvc, w, question, "We ran a " + word + " seed library last spring.");
        long discussion = startTopic(mvc, w, topic("categoryId", categoryId, "DISCUSSION",
                "Compost corner", "The " + word + " bins are full.", List.of("compost")));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                mvc.perform(get(TOPICS).param("q", word).with(w))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.total").value(2)));
        mvc.perform(get(TOPICS).param("q", word).with(w))
                .andExpect(jsonPath("$.items").doesNotExist())
                .andExpect(jsonPath("$.hits[*].topicId").value(org.hamcrest.Matchers.containsInAnyOrder(
                        (int) question, (int) discussion)))
                .andExpect(jsonPath("$.hits[0].highlights[0].html").value(containsString("<mark>")))
                .andExpect(jsonPath("$.facets.tag[*].code").value(org.hamcrest.Matchers.hasItems("gardening",
                        "compost")));
        mvc.perform(get(TOPICS).param("q", word).param("tag", "compost").with(w))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].topicId").value(discussion));
        mvc.perform(get(TOPICS).param("q", word).param("solved", "false").param("category", String.valueOf(categoryId))
                        .with(w))
                .andExpect(jsonPath("$.hits[*].topicId").value(contains((int) question)));
        mvc.perform(get(TOPICS).param("q", word).param("author", String.valueOf(mod.personId())).with(w))
                .andExpect(jsonPath("$.total").value(0));
    }
}
