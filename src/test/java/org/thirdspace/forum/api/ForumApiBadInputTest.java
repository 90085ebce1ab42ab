package org.thirdspace.forum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
import static org.thirdspace.forum.api.ForumApiSupport.category;
import static org.thirdspace.forum.api.ForumApiSupport.json;
import static org.thirdspace.forum.api.ForumApiSupport.member;
import static org.thirdspace.forum.api.ForumApiSupport.moderator;
import static org.thirdspace.forum.api.ForumApiSupport.postId;
import static org.thirdspace.forum.api.ForumApiSupport.read;
import static org.thirdspace.forum.api.ForumApiSupport.reply;
import static org.thirdspace.forum.api.ForumApiSupport.startTopic;
import static org.thirdspace.forum.api.ForumApiSupport.topic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.api.ForumApiSupport.Stored;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * Bad input through the forum API: empty and 1 MB posts, bodies that are not UTF-8, JSON that
 * cannot be read, bad parameters, unknown topics and posts. Each gets a problem document that
 * says what is wrong, and nothing is half-saved: the database holds exactly what it held before.
 */
@IntegrationTest
class ForumApiBadInputTest {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");
    /** An id no topic or post will reach in a test run. */
    private static final long UNKNOWN = 8_000_000_000_000L;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;

    private Someone someone(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    /** A category with one discussion by {@code author} (its opening post only). */
    private record Scene(long categoryId, long topicId, long firstPostId) {
    }

    private Scene scene(Someone moderator, Someone author) throws Exception {
        String slug = "bad-input-" + GroupSearchFixtures.token();
        long categoryId = category(mvc, moderator, slug, "PUBLIC");
        long topicId = startTopic(mvc, member(author), topic("categoryId", categoryId, "DISCUSSION",
                "Timetabling the mentor meetings", "We meet on *Tuesdays* after school.", List.of("mentoring")));
        return new Scene(categoryId, topicId, postId(mvc, member(author), topicId, 1));
    }

    private static ResultActions problem(ResultActions actions, int status, String code) throws Exception {
        return actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code));
    }

    /** The topic as a reader sees it: number of posts and the opening post's text and revisions. */
    private String topicState(Someone who, Scene s) throws Exception {
        MvcResult page = mvc.perform(get(TOPICS + "/" + s.topicId()).param("page", "1").with(member(who)))
                .andExpect(status().isOk()).andReturn();
        return read(page, "$.topic.postCount").toString() + "|" + read(page, "$.topic.summary.lastPostNumber") + "|"
                + read(page, "$.posts[0].markdown") + "|" + read(page, "$.posts[0].revisionCount") + "|"
                + read(page, "$.topic.summary.title") + "|" + read(page, "$.topic.summary.tags");
    }

    private long topicsIn(Someone who, long categoryId) throws Exception {
        MvcResult list = mvc.perform(get(TOPICS).param("category", String.valueOf(categoryId)).with(member(who)))
                .andExpect(status().isOk()).andReturn();
        return ((Number) read(list, "$.total")).longValue();
    }

    @Test
    void emptyAndOneMegabytePostsAreRefusedNamingTheLimitAndNothingIsSaved() throws Exception {
        Someone moderator = someone("Ines Halvorsen", Role.MODERATOR);
        Someone author = someone("Rhodri Penhallow");
        Scene s = scene(moderator, author);
        Stored before = Stored.of(jdbc, author.personId());
        String state = topicState(author, s);
        String oneMegabyte = "Minutes of the steering group. ".repeat(1 << 16).substring(0, 1 << 20); // 1 MiB
        String replies = TOPICS + "/" + s.topicId() + "/posts";

        for (String empty : new String[] {"", "   \n\t  "}) {
            problem(mvc.perform(json(post(replies), Map.of("markdown", empty)).with(member(author))), 400,
                    "forum.error.post-required")
                    .andExpect(jsonPath("$.errors[0].field").value("markdown"))
                    .andExpect(jsonPath("$.detail").value("Write something before posting."));
        }
        // no markdown at all, and no body at all
        problem(mvc.perform(post(replies).contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(member(author))), 400, "forum.error.post-required");
        problem(mvc.perform(post(replies).contentType(MediaType.APPLICATION_JSON).with(member(author))), 400,
                "forum.error.post-required");

        problem(mvc.perform(json(post(replies), Map.of("markdown", oneMegabyte)).with(member(author))), 400,
                "forum.error.post-too-long")
                .andExpect(jsonPath("$.errors[0].field").value("markdown"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("50,000"), containsString("1,048,576"))));

        // a new topic with an empty or a 1 MB opening post
        for (String markdown : new String[] {"", oneMegabyte}) {
            problem(mvc.perform(json(post(TOPICS), topic("categoryId", s.categoryId(), "QUESTION",
                            "When do mentors meet?", markdown, List.of("mentoring", "timetable")))
                            .with(member(author))), 400,
                    markdown.isEmpty() ? "forum.error.post-required" : "forum.error.post-too-long")
                    .andExpect(jsonPath("$.errors[0].field").value("markdown"));
        }
        // an edit that empties the opening post or makes it 1 MB
        for (String markdown : new String[] {"", oneMegabyte}) {
            problem(mvc.perform(json(patch(POSTS + "/" + s.firstPostId()), Map.of("markdown", markdown,
                            "basedOnRevision", 0, "reason", "tidy")).with(member(author))), 400,
                    markdown.isEmpty() ? "forum.error.post-required" : "forum.error.post-too-long")
                    .andExpect(jsonPath("$.errors[0].field").value("markdown"));
        }
        problem(mvc.perform(json(post(FORUM + "/preview"), Map.of("markdown", oneMegabyte)).with(member(author))),
                400, "forum.error.post-too-long");

        assertThat(Stored.of(jdbc, author.personId())).isEqualTo(before);
        assertThat(topicState(author, s)).isEqualTo(state);
        assertThat(topicsIn(author, s.categoryId())).isEqualTo(1);

        // the limit itself is fine
        String longest = "x".repeat(ForumService.MAX_POST);
        mvc.perform(json(post(replies), Map.of("markdown", longest)).with(member(author)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2));
    }

    private static byte[] bytes(String before, int[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedSayingSoAndNothingIsSaved() throws Exception {
        Someone moderator = someone("Sunniva Trelawney", Role.MODERATOR);
        Someone author = someone("Cathal Rosewarne");
        Scene s = scene(moderator, author);
        Stored before = Stored.of(jdbc, author.personId());
        String state = topicState(author, s);

        // 0xC3 starts a two-byte character; "(" cannot continue it
        byte[] reply = bytes("{\"markdown\":\"Caf", new int[] {0xC3, 0x28}, " au lait\"}");
        int offset = "{\"markdown\":\"Caf".length();
        for (MediaType type : new MediaType[] {JSON_UTF8, MediaType.APPLICATION_JSON}) {
            problem(mvc.perform(post(TOPICS + "/" + s.topicId() + "/posts").contentType(type).content(reply)
                    .with(member(author))), 400, "forum.api.error.invalid-utf8")
                    .andExpect(jsonPath("$.detail").value(allOf(containsString("not valid UTF-8"),
                            containsString("0xC3"), containsString("offset " + offset))));
        }
        byte[] topic = bytes("{\"categoryId\":" + s.categoryId() + ",\"kind\":\"DISCUSSION\",\"title\":\"Stra",
                new int[] {0xDF, 0x65}, "e\",\"markdown\":\"Hello\"}");
        problem(mvc.perform(post(TOPICS).contentType(JSON_UTF8).content(topic).with(member(author))), 400,
                "forum.api.error.invalid-utf8");
        byte[] edit = bytes("{\"markdown\":\"Better ", new int[] {0xE2, 0x82}, "\",\"basedOnRevision\":0}");
        problem(mvc.perform(patch(POSTS + "/" + s.firstPostId()).contentType(JSON_UTF8).content(edit)
                .with(member(author))), 400, "forum.api.error.invalid-utf8");
        // a stray byte outside any string is no JSON text either: the same answer
        byte[] stray = bytes("{\"markdown\":\"Fine text\"", new int[] {0xFF}, "}");
        problem(mvc.perform(post(TOPICS + "/" + s.topicId() + "/posts").contentType(JSON_UTF8).content(stray)
                .with(member(author))), 400, "forum.api.error.invalid-utf8");
        // bytes declared in another charset are not read as something else
        byte[] latin1 = "{\"markdown\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        problem(mvc.perform(post(TOPICS + "/" + s.topicId() + "/posts")
                .contentType(MediaType.parseMediaType("application/json;charset=ISO-8859-1")).content(latin1)
                .with(member(author))), 400, "forum.api.error.charset");

        // valid UTF-8 and valid JSON, but text that is no Unicode (a lone surrogate) or the mark of a
        // decoding that already went wrong (U+FFFD): refused by the service
        for (String broken : new String[] {"Caf\\ud800 au lait", "Caf\ufffd au lait"}) {
            problem(mvc.perform(post(TOPICS + "/" + s.topicId() + "/posts").contentType(JSON_UTF8)
                    .content(("{\"markdown\":\"" + broken + "\"}").getBytes(StandardCharsets.UTF_8))
                    .with(member(author))), 400, "forum.error.invalid-characters")
                    .andExpect(jsonPath("$.errors[0].field").value("markdown"));
        }

        assertThat(Stored.of(jdbc, author.personId())).isEqualTo(before);
        assertThat(topicState(author, s)).isEqualTo(state);
        assertThat(topicsIn(author, s.categoryId())).isEqualTo(1);

        // the same text correctly encoded is stored as sent
        mvc.perform(post(TOPICS + "/" + s.topicId() + "/posts").contentType(JSON_UTF8)
                        .content("{\"markdown\":\"Caf\u00e9 au lait \uD83C\uDF31\"}".getBytes(StandardCharsets.UTF_8))
                        .with(member(author)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.markdown").value("Caf\u00e9 au lait \uD83C\uDF31"));
    }

    @Test
    void unreadableJsonWrongValuesAndBadParametersAreNamed() throws Exception {
        Someone moderator = someone("Oona Killigrew", Role.MODERATOR);
        Someone author = someone("Tobias Nancarrow");
        Scene s = scene(moderator, author);
        Stored before = Stored.of(jdbc, author.personId());
        String state = topicState(author, s);
        String replies = TOPICS + "/" + s.topicId() + "/posts";

        problem(mvc.perform(post(replies).contentType(MediaType.APPLICATION_JSON).content("{\"markdown\": \"x\"")
                .with(member(author))), 400, "forum.api.error.malformed")
                .andExpect(jsonPath("$.detail").value(containsString("line 1")));
        problem(mvc.perform(post(replies).contentType(MediaType.APPLICATION_JSON)
                .content("{\"markdown\": \"x\", \"quotedPostId\": \"the first\"}").with(member(author))), 400,
                "forum.api.error.bad-value")
                .andExpect(jsonPath("$.errors[0].field").value("quotedPostId"));
        Map<String, Object> riddle = new HashMap<>(topic("categoryId", s.categoryId(), "RIDDLE", "A riddle for you",
                "What has keys but no locks?", List.of()));
        problem(mvc.perform(json(post(TOPICS), riddle).with(member(author))), 400, "forum.api.error.enum-value")
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("DISCUSSION"), containsString("QUESTION"))));
        problem(mvc.perform(json(post(TOPICS), topic("categoryId", s.categoryId(), "QUESTION", "Hi",
                "Too short a title.", List.of())).with(member(author))), 400, "forum.error.title-length")
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        problem(mvc.perform(json(post(TOPICS), topic("categoryId", s.categoryId(), "QUESTION", "Many tags here",
                "Six tags.", List.of("a", "b", "c", "d", "e", "f"))).with(member(author))), 400,
                "forum.error.too-many-tags")
                .andExpect(jsonPath("$.errors[0].field").value("tags"));
        Map<String, Object> both = new HashMap<>(topic("categoryId", s.categoryId(), "QUESTION", "Where does it go?",
                "Both places.", List.of()));
        both.put("groupId", 1);
        problem(mvc.perform(json(post(TOPICS), both).with(member(author))), 400, "forum.api.error.one-forum");
        Map<String, Object> nowhere = new HashMap<>(both);
        nowhere.remove("groupId");
        nowhere.remove("categoryId");
        problem(mvc.perform(json(post(TOPICS), nowhere).with(member(author))), 400, "forum.error.forum-required")
                .andExpect(jsonPath("$.errors[0].field").value("categoryId"));

        // query parameters
        problem(mvc.perform(get(TOPICS + "/" + s.topicId()).param("page", "0").with(member(author))), 400,
                "forum.error.page");
        problem(mvc.perform(get(TOPICS + "/" + s.topicId()).param("page", "two").with(member(author))), 400,
                "forum.api.error.number")
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        problem(mvc.perform(get(TOPICS + "/" + s.topicId()).param("page", "1").param("post", "1")
                .with(member(author))), 400, "forum.api.error.page-or-post");
        problem(mvc.perform(get(TOPICS).param("solved", "maybe").with(member(author))), 400,
                "forum.api.error.boolean")
                .andExpect(jsonPath("$.errors[0].field").value("solved"));
        problem(mvc.perform(get(TOPICS).param("size", "1000").with(member(author))), 400, "forum.api.error.range")
                .andExpect(jsonPath("$.detail").value("size must be between 1 and 100."));
        problem(mvc.perform(get(TOPICS).param("category", String.valueOf(s.categoryId())).param("group", "1")
                .with(member(author))), 400, "forum.api.error.one-forum");
        problem(mvc.perform(get(TOPICS).param("q", "mentor").param("unread", "true").with(member(author))), 400,
                "forum.api.error.unread-with-search");
        problem(mvc.perform(get(FORUM + "/mentionable").param("forum", "everywhere").with(member(author))), 400,
                "forum.api.error.forum-key");
        problem(mvc.perform(get(FORUM + "/mentionable").with(member(author))), 400,
                "forum.api.error.parameter-required")
                .andExpect(jsonPath("$.errors[0].field").value("forum"));
        // a PATCH that says nothing, or both edits and removes
        problem(mvc.perform(json(patch(POSTS + "/" + s.firstPostId()), Map.of()).with(member(author))), 400,
                "forum.api.error.patch-empty");
        problem(mvc.perform(json(patch(POSTS + "/" + s.firstPostId()), Map.of("markdown", "New", "removed", true,
                "reason", "both")).with(member(author))), 400, "forum.api.error.edit-or-remove");
        problem(mvc.perform(json(post(POSTS + "/" + s.firstPostId() + "/reactions"), Map.of("kind", "love"))
                .with(member(moderator))), 400, "forum.api.error.reaction");
        problem(mvc.perform(json(post(TOPICS + "/" + s.topicId() + "/moderation"), Map.of("action", "shred"))
                .with(moderator(moderator))), 400, "forum.api.error.action");
        // categories: bean validation names the fields
        problem(mvc.perform(json(post(FORUM + "/categories"), Map.of("slug", "Not A Slug", "name", "",
                "visibility", "PUBLIC", "archived", false)).with(moderator(moderator))), 400, "forum.api.error.invalid")
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "slug")))
                .andExpect(jsonPath("$.errors[?(@.field == 'slug')].message").value(org.hamcrest.Matchers.contains(
                        containsString("lower-case letters and digits"))));

        assertThat(Stored.of(jdbc, author.personId())).isEqualTo(before);
        assertThat(topicState(author, s)).isEqualTo(state);
        assertThat(topicsIn(author, s.categoryId())).isEqualTo(1);
    }

    @Test
    void unknownTopicsAndPostsAre404ProblemsEverywhere() throws Exception {
        Someone moderator = someone("Petroc Angove", Role.MODERATOR);
        Someone author = someone("Wenna Carlyon");
        Scene s = scene(moderator, author);
        Stored before = Stored.of(jdbc, author.personId());
        String topic = TOPICS + "/" + UNKNOWN;
        String postPath = POSTS + "/" + UNKNOWN;

        List<MockHttpServletRequestBuilder> requests = List.of(
                get(topic), get(topic).param("page", "2"), get(topic).param("post", "3"),
                json(post(topic + "/posts"), Map.of("markdown", "Anyone there?")),
                json(patch(topic), Map.of("title", "A new title")),
                json(post(topic + "/accept"), Map.of("postId", s.firstPostId())), delete(topic + "/accept"),
                put(topic + "/watch"), delete(topic + "/watch"), post(topic + "/read"),
                json(post(topic + "/moderation"), Map.of("action", "pin")),
                get(postPath), json(patch(postPath), Map.of("markdown", "Edited")),
                json(patch(postPath), Map.of("removed", true, "reason", "spam")), get(postPath + "/history"),
                json(post(postPath + "/reactions"), Map.of("kind", "helpful")), delete(postPath + "/reactions/helpful"),
                get(postPath + "/quote"),
                get(FORUM + "/categories/no-such-category-" + GroupSearchFixtures.token()),
                get(FORUM + "/groups/" + UNKNOWN), put(FORUM + "/groups/" + UNKNOWN + "/watch"),
                get(TOPICS).param("category", "no-such-category-" + GroupSearchFixtures.token()),
                get(TOPICS).param("group", String.valueOf(UNKNOWN)),
                json(post(TOPICS), topic("groupId", UNKNOWN, "DISCUSSION", "Into the void", "Hello?", List.of())),
                // an id too large for any topic
                get(TOPICS + "/99999999999999999999"));
        for (MockHttpServletRequestBuilder request : requests) {
            problem(mvc.perform(request.with(moderator(moderator))), 404, "forum.error.not-found");
        }
        // an accepted answer or a quoted post that does not exist, in a topic that does: no post of this topic
        long question = startTopic(mvc, member(author), topic("categoryId", s.categoryId(), "QUESTION",
                "Who books the hall?", "For the summer showcase.", List.of()));
        problem(mvc.perform(json(post(TOPICS + "/" + question + "/accept"), Map.of("postId", UNKNOWN))
                .with(member(author))), 400, "forum.error.accept-other-topic")
                .andExpect(jsonPath("$.errors[0].field").value("postId"));
        problem(mvc.perform(json(post(TOPICS + "/" + s.topicId() + "/posts"), Map.of("markdown", "Quoting nothing",
                "quotedPostId", UNKNOWN)).with(member(author))), 400, "forum.error.quote-elsewhere")
                .andExpect(jsonPath("$.errors[0].field").value("quotedPostId"));
        // not even a number: no such resource
        mvc.perform(get(TOPICS + "/first").with(member(author))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        Stored after = Stored.of(jdbc, author.personId());
        assertThat(after.posts()).isEqualTo(before.posts() + 1); // the question's opening post, nothing else
        assertThat(after.topics()).isEqualTo(before.topics() + 1);
        assertThat(topicsIn(author, s.categoryId())).isEqualTo(2);
    }
}
