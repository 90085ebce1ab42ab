package org.thirdspace.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyModeration;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.Comment;
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
 * Flags on case studies and their discussion comments through the REST API, on the real database
 * and search node: flag → queue with context → HIDE (a comment shows a placeholder to other
 * members; a case study is not found for members and leaves the search) → the author is told →
 * RESTORE brings it back. Drafts others cannot see cannot be flagged (404), nor one's own content
 * (409). A moderator's edit of a comment through the case studies' moderation API.
 */
@IntegrationTest
class CaseStudyModerationApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CASE_STUDIES = "/api/v1/case-studies";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudyModeration caseStudyModeration;

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

    static <T> T read(MvcResult result, String path) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), path);
    }

    static long idOf(MvcResult result) {
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MvcResult flag(RequestPostProcessor as, String target, String reason, String text) throws Exception {
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

    private CaseStudyDetails published(Someone author, Someone mod, String title, String word) {
        return CaseStudyFixtures.published(caseStudies, author, mod, CaseStudyFixtures.draft(title, word));
    }

    private long comment(Someone who, long caseStudyId, String markdown) throws Exception {
        return idOf(mvc.perform(json(post(CASE_STUDIES + "/" + caseStudyId + "/comments"), Map.of("markdown", markdown))
                .with(member(who))).andExpect(status().isCreated()).andReturn());
    }

    /** The comment as the reader gets it from the discussion endpoint. */
    private MvcResult commentAs(RequestPostProcessor reader, long caseStudyId, long commentId) throws Exception {
        return mvc.perform(get(CASE_STUDIES + "/" + caseStudyId + "/comments/" + commentId).with(reader))
                .andExpect(status().isOk()).andReturn();
    }

    private void awaitSearchTotal(Someone reader, String word, int total) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                mvc.perform(get(CASE_STUDIES).param("q", word).with(member(reader)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.total").value(total)));
    }

    private MvcResult queue(Someone mod) throws Exception {
        return mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod)))
                .andExpect(status().isOk()).andReturn();
    }

    @Test
    void aFlaggedCommentIsHiddenWithAPlaceholderAndRestored() throws Exception {
        Someone mod = someone("Branok Moderator", Role.MODERATOR);
        Someone author = someone("Lowena Author");
        Someone commenter = someone("Tristan Commenter");
        Someone flagger = someone("Elestren Flagger");
        Someone reader = someone("Gwithian Reader");
        String word = GroupSearchFixtures.token();
        CaseStudyDetails cs = published(author, mod, "Science club " + word, word);
        long commentId = comment(commenter, cs.id(), "Buy cheap " + word + " microscopes at my shop");
        String target = "case-study-comment:" + commentId;

        MvcResult flagged = flag(member(flagger), target, "COMMERCIAL_CLAIM", "An advert");
        assertThat(flagged.getResponse().getStatus()).isEqualTo(201);
        assertThat((Boolean) read(flagged, "$.hidden")).isFalse();

        MvcResult q = queue(mod);
        String item = "$.items[?(@.target.id == '" + commentId + "' && @.target.type == 'case-study-comment')]";
        assertThat((List<Object>) read(q, item + ".flagCount")).containsExactly(1);
        assertThat((List<String>) read(q, item + ".excerpt")).singleElement().asString()
                .contains("microscopes").contains(word);
        assertThat((List<Object>) read(q, item + ".authorPersonId")).containsExactly((int) commenter.personId());
        assertThat((List<String>) read(q, item + ".authorName")).containsExactly("Tristan Commenter");
        assertThat((List<String>) read(q, item + ".where")).containsExactly("Science club " + word);
        assertThat((List<String>) read(q, item + ".link")).singleElement().asString()
                .isEqualTo("case-studies/" + cs.id() + "?tab=discussion#cs-comment-" + commentId);
        assertThat((List<String>) read(q, item + ".notes[0]")).containsExactly("An advert");

        MvcResult hidden = act(mod, target, "HIDE", "Advertising is not allowed here.");
        assertThat((Boolean) read(hidden, "$.hidden")).isTrue();
        assertThat((Boolean) read(hidden, "$.authorTold")).isTrue();

        // other members get the placeholder (no text); the author and moderators still read it
        MvcResult asReader = commentAs(member(reader), cs.id(), commentId);
        assertThat((Boolean) read(asReader, "$.hidden")).isTrue();
        assertThat((Object) read(asReader, "$.html")).isNull();
        assertThat((Object) read(asReader, "$.markdown")).isNull();
        assertThat(asReader.getResponse().getContentAsString()).doesNotContain("microscopes");
        assertThat(as(reader.email(), "MEMBER", () -> caseStudies.comments(cs.id())).stream()
                .filter(c -> c.id() == commentId).findFirst().orElseThrow().withheld()).isTrue();
        MvcResult asAuthor = commentAs(member(commenter), cs.id(), commentId);
        assertThat((Boolean) read(asAuthor, "$.hidden")).isTrue();
        assertThat((String) read(asAuthor, "$.html")).contains("microscopes");
        assertThat((String) read(commentAs(moderator(mod), cs.id(), commentId), "$.html")).contains("microscopes");
        // a hidden comment is not there to be flagged by other members
        assertThat(flag(member(reader), target, "SPAM", null).getResponse().getStatus()).isEqualTo(404);

        mvc.perform(get("/api/v1/moderation/notices").with(member(commenter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("HIDE"))
                .andExpect(jsonPath("$[0].target.type").value("case-study-comment"))
                .andExpect(jsonPath("$[0].target.id").value(String.valueOf(commentId)))
                .andExpect(jsonPath("$[0].message").value("Advertising is not allowed here."))
                .andExpect(jsonPath("$[0].link").value("case-studies/" + cs.id() + "?tab=discussion#cs-comment-"
                        + commentId));
        mvc.perform(get("/api/v1/audit").param("action", "moderation.hide").param("q", target)
                        .with(moderator(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));

        act(mod, target, "RESTORE", null);
        MvcResult restored = commentAs(member(reader), cs.id(), commentId);
        assertThat((Boolean) read(restored, "$.hidden")).isFalse();
        assertThat((String) read(restored, "$.html")).contains("microscopes");
        mvc.perform(get("/api/v1/moderation/notices").with(member(commenter)))
                .andExpect(jsonPath("$[0].outcome").value("RESTORE"));
    }

    @Test
    void aFlaggedCaseStudyLeavesMembersViewAndSearchWhileHiddenAndComesBack() throws Exception {
        Someone mod = someone("Jenifer Moderator", Role.MODERATOR);
        Someone author = someone("Kerensa Author");
        Someone flagger = someone("Pasco Flagger");
        Someone reader = someone("Morgan Reader");
        String word = GroupSearchFixtures.token();
        CaseStudyDetails cs = published(author, mod, "Reading partnership " + word, word);
        String target = "case-study:" + cs.id();
        awaitSearchTotal(reader, word, 1);

        MvcResult flagged = flag(member(flagger), target, "COMMERCIAL_CLAIM", "Claims without evidence");
        assertThat(flagged.getResponse().getStatus()).isEqualTo(201);

        MvcResult q = queue(mod);
        String item = "$.items[?(@.target.id == '" + cs.id() + "' && @.target.type == 'case-study')]";
        assertThat((List<Object>) read(q, item + ".flagCount")).containsExactly(1);
        assertThat((List<Object>) read(q, item + ".reasons.COMMERCIAL_CLAIM")).containsExactly(1);
        assertThat((List<String>) read(q, item + ".excerpt")).singleElement().asString().contains(word);
        assertThat((List<Object>) read(q, item + ".authorPersonId")).containsExactly((int) author.personId());
        assertThat((List<String>) read(q, item + ".where")).containsExactly("Reading partnership " + word);
        assertThat((List<String>) read(q, item + ".link")).containsExactly("case-studies/" + cs.id());
        assertThat((List<Object>) read(q, item + ".hidden")).containsExactly(false);

        act(mod, target, "HIDE", "Please add evidence for the claims.");
        // members and visitors: as if it did not exist; its author and moderators still open it
        mvc.perform(get(CASE_STUDIES + "/" + cs.id()).with(member(reader))).andExpect(status().isNotFound());
        mvc.perform(get(CASE_STUDIES + "/" + cs.id())).andExpect(status().isNotFound());
        mvc.perform(get(CASE_STUDIES + "/" + cs.id() + "/comments").with(member(reader)))
                .andExpect(status().isNotFound());
        mvc.perform(get(CASE_STUDIES + "/" + cs.id()).with(member(author)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(true));
        mvc.perform(get(CASE_STUDIES + "/" + cs.id()).with(moderator(mod)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(true));
        assertThat(as(reader.email(), "MEMBER", () -> caseStudies.publishedBy(author.personId()))).isEmpty();
        awaitSearchTotal(reader, word, 0);
        awaitSearchTotal(author, word, 0);
        // hidden now, so another member cannot flag it
        assertThat(flag(member(reader), target, "SPAM", null).getResponse().getStatus()).isEqualTo(404);

        mvc.perform(get("/api/v1/moderation/notices").with(member(author)))
                .andExpect(jsonPath("$[0].outcome").value("HIDE"))
                .andExpect(jsonPath("$[0].target.type").value("case-study"))
                .andExpect(jsonPath("$[0].message").value("Please add evidence for the claims."))
                .andExpect(jsonPath("$[0].link").value("case-studies/" + cs.id()));

        act(mod, target, "RESTORE", null);
        mvc.perform(get(CASE_STUDIES + "/" + cs.id()).with(member(reader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(false));
        assertThat(as(reader.email(), "MEMBER", () -> caseStudies.publishedBy(author.personId()))).hasSize(1);
        awaitSearchTotal(reader, word, 1);
        mvc.perform(get("/api/v1/moderation/notices").with(member(author)))
                .andExpect(jsonPath("$[0].outcome").value("RESTORE"));
        mvc.perform(get("/api/v1/audit").param("action", "moderation.").param("targetType", "case-study")
                        .param("q", target).with(moderator(mod)))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void draftsOthersCannotSeeAndOwnContentCannotBeFlagged() throws Exception {
        Someone mod = someone("Ruan Moderator", Role.MODERATOR);
        Someone author = someone("Ebrel Author");
        Someone coAuthor = someone("Jowan Coauthor");
        Someone other = someone("Meraud Member");
        String word = GroupSearchFixtures.token();
        CaseStudyDetails draft = CaseStudyFixtures.create(caseStudies, author,
                CaseStudyFixtures.draft("Draft mentoring " + word, word));
        as(author.email(), "MEMBER", () -> caseStudies.addCoAuthor(draft.id(), coAuthor.personId()));

        MvcResult r = flag(member(other), "case-study:" + draft.id(), "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.not-found");
        r = flag(member(author), "case-study:" + draft.id(), "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.own-content");
        r = flag(member(coAuthor), "case-study:" + draft.id(), "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.own-content");

        CaseStudyDetails cs = published(author, mod, "Published mentoring " + word, word);
        long commentId = comment(other, cs.id(), "A thoughtful comment about " + word);
        r = flag(member(other), "case-study-comment:" + commentId, "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(r, "$.code")).isEqualTo("moderation.error.own-content");
        r = flag(member(author), "case-study:" + cs.id(), "SPAM", null);
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        // a comment on a draft the flagger cannot see, and unknown or malformed ids
        long draftComment = comment(coAuthor, draft.id(), "Notes on the draft");
        assertThat(flag(member(other), "case-study-comment:" + draftComment, "SPAM", null).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(flag(member(other), "case-study-comment:987654321987", "SPAM", null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(flag(member(other), "case-study:abc", "SPAM", null).getResponse().getStatus()).isEqualTo(404);
        // the author may flag a comment somebody else wrote on their case study
        assertThat(flag(member(author), "case-study-comment:" + commentId, "OFF_TOPIC", null).getResponse()
                .getStatus()).isEqualTo(201);
        // a removed comment cannot be flagged
        long removed = comment(coAuthor, cs.id(), "Second thoughts");
        as(coAuthor.email(), "MEMBER", () -> caseStudies.deleteComment(cs.id(), removed));
        assertThat(flag(member(other), "case-study-comment:" + removed, "SPAM", null).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aModeratorEditsACommentThroughTheCaseStudiesModerationApi() throws Exception {
        Someone mod = someone("Hedra Moderator", Role.MODERATOR);
        Someone author = someone("Derwa Author");
        Someone commenter = someone("Colan Commenter");
        String word = GroupSearchFixtures.token();
        CaseStudyDetails cs = published(author, mod, "Outdoor science " + word, word);
        long commentId = comment(commenter, cs.id(), "Call me on 07700 900123 about " + word);

        String before = as(mod.email(), "MODERATOR",
                () -> caseStudyModeration.editComment(commentId, "  Contact me through my profile about " + word + ". "));
        assertThat(before).isEqualTo("Call me on 07700 900123 about " + word);
        Comment edited = as(commenter.email(), "MEMBER", () -> caseStudies.comments(cs.id())).stream()
                .filter(c -> c.id() == commentId).findFirst().orElseThrow();
        assertThat(edited.markdown()).isEqualTo("Contact me through my profile about " + word + ".");
        assertThat(edited.editedByModerator()).isTrue();
        assertThat(edited.editedAt()).isNotNull();
        mvc.perform(get(CASE_STUDIES + "/" + cs.id() + "/comments/" + commentId).with(member(author)))
                .andExpect(jsonPath("$.editedByModerator").value(true))
                .andExpect(jsonPath("$.html", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("07700"))));

        // the same through the moderation API's EDIT action: queue offers it, audit keeps before/after
        flag(member(author), "case-study-comment:" + commentId, "PRIVACY", null);
        Map<String, Object> body = new HashMap<>();
        body.put("target", "case-study-comment:" + commentId);
        body.put("action", "EDIT");
        body.put("text", "Please use the introductions feature, " + word + ".");
        mvc.perform(json(post("/api/v1/moderation/actions"), body).with(moderator(mod))).andExpect(status().isOk());
        mvc.perform(get(CASE_STUDIES + "/" + cs.id() + "/comments/" + commentId).with(member(author)))
                .andExpect(jsonPath("$.markdown").value("Please use the introductions feature, " + word + "."));
        mvc.perform(get("/api/v1/audit").param("targetType", "case-study-comment").param("action", "moderation.edit")
                        .param("q", word).with(moderator(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].before").value("Contact me through my profile about " + word + "."));

        // members may not; bad text is refused and changes nothing
        assertThatThrownBy(() -> as(commenter.email(), "MEMBER",
                () -> caseStudyModeration.editComment(commentId, "Sneaky")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(mod.email(), "MODERATOR", () -> caseStudyModeration.editComment(commentId, " ")))
                .isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.comment-empty"));
        assertThatThrownBy(() -> as(mod.email(), "MODERATOR",
                () -> caseStudyModeration.editComment(commentId, "x".repeat(CaseStudyService.MAX_COMMENT + 1))))
                .isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.comment-too-long"));
        assertThat(as(mod.email(), "MODERATOR", () -> caseStudyModeration.commentsForQueue(List.of(commentId)))
                .get(commentId).excerpt()).isEqualTo("Please use the introductions feature, " + word + ".");
        as(commenter.email(), "MEMBER", () -> caseStudies.deleteComment(cs.id(), commentId));
        assertThatThrownBy(() -> as(mod.email(), "MODERATOR", () -> caseStudyModeration.editComment(commentId, "New")))
                .isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.comment-removed"));
    }
}
