package org.thirdspace.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * Moderation through the REST API on the real database and search node: flag → queue → HIDE →
 * the author is told, the post is hidden from other members' topic pages and from forum search →
 * RESTORE brings it back; automatic hiding at the threshold of trusted flags (and not from new
 * members' flags); the audit log of the actions; non-moderators refused; bad input answered.
 */
@IntegrationTest
class ModerationApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

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

    static RequestPostProcessor member(Someone s) {
        return user(s.email()).roles("MEMBER");
    }

    static RequestPostProcessor moderator(Someone s) {
        return user(s.email()).roles("MEMBER", "MODERATOR");
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    static long idOf(MvcResult result) {
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static <T> T read(MvcResult result, String path) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), path);
    }

    /** A public category, a topic by the author and a reply of theirs containing {@code word}; the reply's id. */
    private long[] topicWithReply(Someone mod, Someone author, String word) throws Exception {
        String slug = "mod-" + GroupSearchFixtures.token();
        long category = idOf(mvc.perform(json(post("/api/v1/forum/categories"), Map.of("slug", slug, "name",
                "Category " + slug, "description", "Moderation tests", "visibility", "PUBLIC", "archived", false))
                .with(moderator(mod))).andExpect(status().isCreated()).andReturn());
        Map<String, Object> topic = new HashMap<>();
        topic.put("categoryId", category);
        topic.put("kind", "DISCUSSION");
        topic.put("title", "Careers fair partners");
        topic.put("markdown", "Who has run a careers fair with local employers?");
        topic.put("tags", List.of());
        long topicId = idOf(mvc.perform(json(post("/api/v1/topics"), topic).with(member(author)))
                .andExpect(status().isCreated()).andReturn());
        long postId = idOf(mvc.perform(json(post("/api/v1/topics/" + topicId + "/posts"),
                Map.of("markdown", "Buy cheap " + word + " watches at my shop")).with(member(author)))
                .andExpect(status().isCreated()).andReturn());
        return new long[] {topicId, postId};
    }

    private MvcResult flag(Someone who, RequestPostProcessor as, String target, String reason, String text)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        body.put("reason", reason);
        body.put("text", text);
        return mvc.perform(json(post("/api/v1/flags"), body).with(as)).andReturn();
    }

    private MvcResult act(Someone mod, String target, String action, String message) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        body.put("action", action);
        body.put("message", message);
        return mvc.perform(json(post("/api/v1/moderation/actions"), body).with(moderator(mod)))
                .andExpect(status().isOk()).andReturn();
    }

    private Object htmlOf(Someone reader, long topicId, long postId) throws Exception {
        return htmlOf(member(reader), topicId, postId);
    }

    private Object htmlOf(RequestPostProcessor reader, long topicId, long postId) throws Exception {
        MvcResult page = mvc.perform(get("/api/v1/topics/" + topicId).with(reader))
                .andExpect(status().isOk()).andReturn();
        List<Object> html = read(page, "$.posts[?(@.id == " + postId + ")].html");
        assertThat(html).hasSize(1);
        return html.getFirst();
    }

    private void awaitSearchTotal(Someone reader, String word, int total) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                mvc.perform(get("/api/v1/topics").param("q", word).with(member(reader)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.total").value(total)));
    }

    @Test
    void flagQueueHideTellsTheAuthorHidesThePostAndRestoreBringsItBack() throws Exception {
        Someone mod = someone("Morwenna Trevail", Role.MODERATOR);
        Someone author = someone("Jago Penrose");
        Someone flagger = someone("Demelza Rowe");
        Someone reader = someone("Kitto Angove");
        String word = GroupSearchFixtures.token();
        long[] ids = topicWithReply(mod, author, word);
        long topicId = ids[0];
        long postId = ids[1];
        String target = "forum-post:" + postId;
        awaitSearchTotal(reader, word, 1);

        MvcResult flagged = flag(flagger, member(flagger), target, "COMMERCIAL_CLAIM", "Selling watches");
        assertThat(flagged.getResponse().getStatus()).isEqualTo(201);
        assertThat((Boolean) read(flagged, "$.hidden")).isFalse();

        MvcResult queue = mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod)))
                .andExpect(status().isOk()).andReturn();
        String item = "$.items[?(@.target.id == '" + postId + "' && @.target.type == 'forum-post')]";
        assertThat((List<Object>) read(queue, item + ".flagCount")).containsExactly(1);
        assertThat((List<Object>) read(queue, item + ".reasons.COMMERCIAL_CLAIM")).containsExactly(1);
        assertThat((List<String>) read(queue, item + ".excerpt")).singleElement().asString().contains(word);
        assertThat((List<Object>) read(queue, item + ".authorPersonId")).containsExactly((int) author.personId());
        assertThat((List<String>) read(queue, item + ".where")).containsExactly("Careers fair partners");
        assertThat((List<String>) read(queue, item + ".link")).singleElement().asString()
                .contains("forum/t/" + topicId);
        assertThat((List<String>) read(queue, item + ".notes[0]")).containsExactly("Selling watches");

        MvcResult hidden = act(mod, target, "HIDE", "Advertising is not allowed here.");
        assertThat((Integer) read(hidden, "$.resolvedFlags")).isEqualTo(1);
        assertThat((Boolean) read(hidden, "$.hidden")).isTrue();

        mvc.perform(get("/api/v1/moderation/notices").with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("HIDE"))
                .andExpect(jsonPath("$[0].message").value("Advertising is not allowed here."))
                .andExpect(jsonPath("$[0].target.id").value(String.valueOf(postId)))
                .andExpect(jsonPath("$[0].automatic").value(false));
        mvc.perform(get("/api/v1/moderation/notices").with(member(reader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        assertThat(htmlOf(reader, topicId, postId)).isNull();
        assertThat((String) htmlOf(author, topicId, postId)).contains(word);
        assertThat((String) htmlOf(moderator(mod), topicId, postId)).contains(word);
        awaitSearchTotal(reader, word, 0);
        mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod)))
                .andExpect(jsonPath("$.items[?(@.target.type == 'forum-post')].target.id", not(hasItem(String.valueOf(postId)))));

        mvc.perform(get("/api/v1/audit").param("action", "moderation.hide").param("targetType", "forum-post")
                        .param("q", "advertising").with(moderator(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].target.id").value(String.valueOf(postId)))
                .andExpect(jsonPath("$.entries[0].actorAccountId").value(mod.accountId()))
                .andExpect(jsonPath("$.entries[0].before", containsString("hidden=false")))
                .andExpect(jsonPath("$.entries[0].before", containsString("COMMERCIAL_CLAIM")))
                .andExpect(jsonPath("$.entries[0].after", containsString("hidden=true")));
        mvc.perform(get("/api/v1/audit").param("actor", String.valueOf(mod.accountId()))
                        .param("action", "moderation.").with(moderator(mod)))
                .andExpect(jsonPath("$.total").value(1));

        act(mod, target, "RESTORE", null);
        assertThat((String) htmlOf(reader, topicId, postId)).contains(word);
        awaitSearchTotal(reader, word, 1);
        mvc.perform(get("/api/v1/moderation/notices").with(member(author)))
                .andExpect(jsonPath("$[0].outcome").value("RESTORE"));
        mvc.perform(get("/api/v1/audit").param("action", "moderation.restore").param("q", target)
                        .with(moderator(mod)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].after", containsString("hidden=false")));
    }

    @Test
    void threeTrustedFlagsHideAPostAutomatically() throws Exception {
        Someone mod1 = someone("Loveday Nance", Role.MODERATOR);
        Someone mod2 = someone("Tamsin Keast", Role.MODERATOR);
        Someone mod3 = someone("Perran Tonkin", Role.MODERATOR);
        Someone author = someone("Hedra Vosper");
        Someone reader = someone("Piran Jewell");
        String word = GroupSearchFixtures.token();
        long[] ids = topicWithReply(mod1, author, word);
        String target = "forum-post:" + ids[1];
        awaitSearchTotal(reader, word, 1);

        assertThat((Boolean) read(flag(mod1, moderator(mod1), target, "SPAM", null), "$.hidden")).isFalse();
        assertThat((Boolean) read(flag(mod2, moderator(mod2), target, "SPAM", null), "$.hidden")).isFalse();
        assertThat(htmlOf(reader, ids[0], ids[1])).isNotNull();
        MvcResult third = flag(mod3, moderator(mod3), target, "COMMERCIAL_CLAIM", null);
        assertThat(third.getResponse().getStatus()).isEqualTo(201);
        assertThat((Boolean) read(third, "$.hidden")).isTrue();
        assertThat(htmlOf(reader, ids[0], ids[1])).isNull();

        mvc.perform(get("/api/v1/moderation/notices").with(member(author)))
                .andExpect(jsonPath("$[0].outcome").value("HIDE"))
                .andExpect(jsonPath("$[0].automatic").value(true));
        mvc.perform(get("/api/v1/audit").param("action", "moderation.auto-hide").param("q", target)
                        .with(moderator(mod1)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].actorLabel").value("system"))
                .andExpect(jsonPath("$.entries[0].actorAccountId").doesNotExist());
        MvcResult queue = mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod1)))
                .andReturn();
        String item = "$.items[?(@.target.id == '" + ids[1] + "')]";
        assertThat((List<Object>) read(queue, item + ".flagCount")).containsExactly(3);
        assertThat((List<Object>) read(queue, item + ".autoHidden")).containsExactly(true);
        awaitSearchTotal(reader, word, 0);

        // dismissing unfounded flags shows an automatically hidden post again
        act(mod1, target, "DISMISS", null);
        assertThat(htmlOf(reader, ids[0], ids[1])).isNotNull();
    }

    @Test
    void flagsFromNewMembersDoNotHideAutomatically() throws Exception {
        Someone mod = someone("Elowen Carthew", Role.MODERATOR);
        Someone author = someone("Jory Pascoe");
        Someone reader = someone("Wenna Hocking");
        long[] ids = topicWithReply(mod, author, GroupSearchFixtures.token());
        String target = "forum-post:" + ids[1];
        for (String name : List.of("Senara Bray", "Cadan Rule", "Ia Pengelly")) {
            Someone newcomer = someone(name);
            MvcResult r = flag(newcomer, member(newcomer), target, "ABUSE", null);
            assertThat(r.getResponse().getStatus()).isEqualTo(201);
            assertThat((Boolean) read(r, "$.hidden")).isFalse();
        }
        assertThat(htmlOf(reader, ids[0], ids[1])).isNotNull();
        MvcResult queue = mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod)))
                .andReturn();
        String item = "$.items[?(@.target.id == '" + ids[1] + "')]";
        assertThat((List<Object>) read(queue, item + ".flagCount")).containsExactly(3);
        assertThat((List<Object>) read(queue, item + ".hidden")).containsExactly(false);

        // a warning resolves the flags and tells the author
        MvcResult warned = act(mod, target, "WARN", "Please keep it civil.");
        assertThat((Integer) read(warned, "$.resolvedFlags")).isEqualTo(3);
        mvc.perform(get("/api/v1/moderation/notices").with(member(author)))
                .andExpect(jsonPath("$[0].outcome").value("WARN"))
                .andExpect(jsonPath("$[0].message").value("Please keep it civil."));
    }

    @Test
    void membersWithoutTheModeratorRoleAreRefusedEveryModerationEndpoint() throws Exception {
        Someone mod = someone("Gwen Trewin", Role.MODERATOR);
        Someone author = someone("Hicca Retallack");
        Someone plain = someone("Mab Chenoweth");
        long[] ids = topicWithReply(mod, author, GroupSearchFixtures.token());
        String target = "forum-post:" + ids[1];
        assertThat(flag(plain, member(plain), target, "SPAM", null).getResponse().getStatus()).isEqualTo(201);

        mvc.perform(get("/api/v1/moderation/queue").with(member(plain)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("moderation.error.moderators-only"));
        mvc.perform(json(post("/api/v1/moderation/actions"), Map.of("target", target, "action", "HIDE"))
                        .with(member(plain)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("moderation.error.moderators-only"));
        mvc.perform(get("/api/v1/audit").with(member(plain)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("audit.api.error.forbidden"));
        // nothing happened
        assertThat(htmlOf(plain, ids[0], ids[1])).isNotNull();
        mvc.perform(get("/api/v1/moderation/queue").with(moderator(mod))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").with(moderator(mod))).andExpect(status().isOk());
    }

    @Test
    void badInputIsAnsweredWithSpecificProblemsAndNothingIsWritten() throws Exception {
        Someone mod = someone("Ysella Kemp", Role.MODERATOR);
        Someone author = someone("Conan Berryman");
        Someone flagger = someone("Rosen Dunstan");
        long[] ids = topicWithReply(mod, author, GroupSearchFixtures.token());
        String target = "forum-post:" + ids[1];
        RequestPostProcessor f = member(flagger);

        MvcResult r = flag(flagger, f, target, "RUDE", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.reason-unknown");
        assertThat((String) read(r, "$.detail")).contains("SPAM, ABUSE, OFF_TOPIC, COMMERCIAL_CLAIM, PRIVACY, OTHER");
        assertThat((String) read(r, "$.errors[0].field")).isEqualTo("reason");

        r = flag(flagger, f, target, "OTHER", "  ");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.text-required");
        assertThat((String) read(r, "$.errors[0].field")).isEqualTo("text");

        r = flag(flagger, f, target, "OTHER", "x".repeat(1001));
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.text-too-long");

        r = flag(flagger, f, "widget:" + ids[1], "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.target-type");

        r = flag(flagger, f, "post 12", "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.target-format");

        r = flag(flagger, f, "forum-post:987654321987", "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(404);

        r = flag(author, member(author), target, "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.own-content");

        assertThat(countFlags(flagger)).isZero();
        assertThat(flag(flagger, f, target, "OTHER", "Reads like an advert").getResponse().getStatus())
                .isEqualTo(201);
        r = flag(flagger, f, target, "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.already-flagged");
        assertThat(countFlags(flagger)).isEqualTo(1);

        mvc.perform(json(post("/api/v1/moderation/actions"), Map.of("target", target, "action", "ERASE"))
                        .with(moderator(mod)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("moderation.error.enum-value"))
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        mvc.perform(json(post("/api/v1/moderation/actions"), Map.of("target", target, "action", "WARN"))
                        .with(moderator(mod)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("moderation.error.message-required"));
        mvc.perform(json(post("/api/v1/moderation/actions"), Map.of("target", target, "action", "RESTORE"))
                        .with(moderator(mod)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("moderation.error.not-hidden"));
        mvc.perform(get("/api/v1/moderation/queue").param("size", "0").with(moderator(mod)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("moderation.error.size"));
        // the failed actions resolved nothing
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moderation_flag WHERE target_id = ? "
                + "AND resolved_at IS NULL", Long.class, String.valueOf(ids[1]))).isEqualTo(1);
    }

    private MvcResult edit(RequestPostProcessor as, String target, String text, String message) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        body.put("action", "EDIT");
        body.put("text", text);
        body.put("message", message);
        return mvc.perform(json(post("/api/v1/moderation/actions"), body).with(as)).andReturn();
    }

    @Test
    void aModeratorEditsAFlaggedPostTheHistoryAuditLogAndAuthorKnow() throws Exception {
        Someone mod = someone("Kerensa Edit", Role.MODERATOR);
        Someone author = someone("Bennet Trethewey");
        Someone flagger = someone("Lowenna Eva");
        Someone reader = someone("Tristan Polglaze");
        String word = GroupSearchFixtures.token();
        long[] ids = topicWithReply(mod, author, word);
        long topicId = ids[0];
        long postId = ids[1];
        String target = "forum-post:" + postId;
        String old = "Buy cheap " + word + " watches at my shop";
        assertThat(flag(flagger, member(flagger), target, "COMMERCIAL_CLAIM", null).getResponse().getStatus())
                .isEqualTo(201);
        MvcResult queue = mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod)))
                .andExpect(status().isOk()).andReturn();
        assertThat((List<Object>) read(queue, "$.items[?(@.target.id == '" + postId + "')].editable"))
                .containsExactly(true);

        String fixed = "We ran a careers fair with " + word + " employers; happy to share the **plan**.";
        MvcResult edited = edit(moderator(mod), target, "  " + fixed + "\n", "I removed the advert.");
        assertThat(edited.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) read(edited, "$.action")).isEqualTo("EDIT");
        assertThat((Integer) read(edited, "$.resolvedFlags")).isEqualTo(1);
        assertThat((Boolean) read(edited, "$.hidden")).isFalse();
        assertThat((Boolean) read(edited, "$.authorTold")).isTrue();

        // every reader sees the new text, rendered by the forum's Markdown pipeline
        String html = (String) htmlOf(reader, topicId, postId);
        assertThat(html).contains("<strong>plan</strong>").doesNotContain("watches");

        // the forum's history keeps the author's version and names the moderator as the editor
        MvcResult history = mvc.perform(get("/api/v1/posts/" + postId + "/history").with(member(author)))
                .andExpect(status().isOk()).andReturn();
        assertThat((List<String>) read(history, "$[*].markdown")).containsExactly(old, fixed);
        assertThat((Integer) read(history, "$[1].editorPersonId")).isEqualTo((int) mod.personId());
        assertThat((String) read(history, "$[1].editorName")).isEqualTo("Kerensa Edit");
        assertThat((Integer) read(history, "$[0].editorPersonId")).isEqualTo((int) author.personId());
        assertThat((String) read(history, "$[1].reason")).isEqualTo("Edited by a moderator");

        // the audit log has before and after
        mvc.perform(get("/api/v1/audit").param("action", "moderation.edit").param("q", target)
                        .with(moderator(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].actorAccountId").value(mod.accountId()))
                .andExpect(jsonPath("$.entries[0].before").value(old))
                .andExpect(jsonPath("$.entries[0].after").value(fixed))
                .andExpect(jsonPath("$.entries[0].summary").value("I removed the advert."));

        // the author is told, with the moderator's message
        mvc.perform(get("/api/v1/moderation/notices").with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("EDIT"))
                .andExpect(jsonPath("$[0].message").value("I removed the advert."))
                .andExpect(jsonPath("$[0].target.id").value(String.valueOf(postId)));
        mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod)))
                .andExpect(jsonPath("$.items[?(@.target.type == 'forum-post')].target.id", not(hasItem(String.valueOf(postId)))));

        // the same text again changes nothing
        MvcResult again = edit(moderator(mod), target, fixed, null);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(again, "$.code")).isEqualTo("moderation.error.edit-unchanged");
    }

    @Test
    void editNeedsTextWithinTheForumsLimitAndModeratorsOnly() throws Exception {
        Someone mod = someone("Jenifer Edit", Role.MODERATOR);
        Someone author = someone("Morwen Clemo");
        Someone plain = someone("Austell Hosking");
        long[] ids = topicWithReply(mod, author, GroupSearchFixtures.token());
        long postId = ids[1];
        String target = "forum-post:" + postId;
        assertThat(flag(plain, member(plain), target, "SPAM", null).getResponse().getStatus()).isEqualTo(201);

        for (String missing : new String[] {null, "", "   "}) {
            MvcResult r = edit(moderator(mod), target, missing, null);
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.edit-text-required");
            assertThat((String) read(r, "$.errors[0].field")).isEqualTo("text");
            assertThat((String) read(r, "$.detail")).contains("text");
        }
        MvcResult tooLong = edit(moderator(mod), target, "x".repeat(50_001), null);
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(tooLong, "$.code")).isEqualTo("forum.error.post-too-long");
        assertThat((String) read(tooLong, "$.errors[0].field")).isEqualTo("text");

        MvcResult textForHide = mvc.perform(json(post("/api/v1/moderation/actions"),
                Map.of("target", target, "action", "HIDE", "text", "new text")).with(moderator(mod))).andReturn();
        assertThat(textForHide.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(textForHide, "$.code")).isEqualTo("moderation.error.text-only-for-edit");
        assertThat((String) read(textForHide, "$.errors[0].field")).isEqualTo("text");

        MvcResult refused = edit(member(plain), target, "Taken over", null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat((String) read(refused, "$.code")).isEqualTo("moderation.error.moderators-only");
        MvcResult unknown = edit(moderator(mod), "forum-post:987654321987", "Text", null);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);

        // nothing was changed, resolved or audited
        MvcResult page = mvc.perform(get("/api/v1/posts/" + postId).with(member(plain)))
                .andExpect(status().isOk()).andReturn();
        assertThat((String) read(page, "$.html")).contains("watches");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moderation_flag WHERE target_id = ? "
                + "AND resolved_at IS NULL", Long.class, String.valueOf(postId))).isEqualTo(1);
        mvc.perform(get("/api/v1/audit").param("action", "moderation.edit").param("q", target)
                        .with(moderator(mod)))
                .andExpect(jsonPath("$.total").value(0));
    }

    private long countFlags(Someone who) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM moderation_flag WHERE flagger_account_id = ?", Long.class,
                who.accountId());
    }
}
