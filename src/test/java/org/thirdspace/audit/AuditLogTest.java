package org.thirdspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.audit.internal.AuditRepository;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log records forum moderators' actions in their transaction (a refused action leaves
 * nothing), filters them for moderators, and offers no way to change an entry.
 */
@IntegrationTest
class AuditLogTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    static long idOf(MvcResult result) {
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long entries(String targetType, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE target_type = ? AND target_id = ?",
                Long.class, targetType, String.valueOf(id));
    }

    @Test
    void forumModerationIsRecordedWithBeforeAndAfterAndRefusedActionsLeaveNothing() throws Exception {
        Someone mod = ProfileFixtures.person(accounts, people, "Tressa Audit", Role.MODERATOR);
        Someone member = ProfileFixtures.person(accounts, people, "Jenifer Plain");
        RequestPostProcessor m = user(mod.email()).roles("MEMBER", "MODERATOR");
        RequestPostProcessor p = user(member.email()).roles("MEMBER");
        String slug = "audit-" + GroupSearchFixtures.token();
        long category = idOf(mvc.perform(json(post("/api/v1/forum/categories"), Map.of("slug", slug, "name",
                "Audit " + slug, "description", "Audit tests", "visibility", "PUBLIC", "archived", false)).with(m))
                .andExpect(status().isCreated()).andReturn());
        Map<String, Object> topic = new HashMap<>();
        topic.put("categoryId", category);
        topic.put("kind", "DISCUSSION");
        topic.put("title", "Audited topic " + slug);
        topic.put("markdown", "Opening post.");
        topic.put("tags", List.of());
        long topicId = idOf(mvc.perform(json(post("/api/v1/topics"), topic).with(p))
                .andExpect(status().isCreated()).andReturn());
        long replyId = idOf(mvc.perform(json(post("/api/v1/topics/" + topicId + "/posts"),
                Map.of("markdown", "A reply to remove")).with(p)).andExpect(status().isCreated()).andReturn());

        // a member may not pin: refused, and nothing is recorded
        mvc.perform(json(post("/api/v1/topics/" + topicId + "/moderation"), Map.of("action", "pin")).with(p))
                .andExpect(status().isForbidden());
        assertThat(entries("forum-topic", topicId)).isZero();

        mvc.perform(json(post("/api/v1/topics/" + topicId + "/moderation"), Map.of("action", "pin")).with(m))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/topics/" + topicId + "/moderation"), Map.of("action", "lock")).with(m))
                .andExpect(status().isOk());
        mvc.perform(json(patch("/api/v1/posts/" + replyId), Map.of("removed", true, "reason", "Off topic here"))
                        .with(m))
                .andExpect(status().isOk());
        assertThat(entries("forum-topic", topicId)).isEqualTo(2);
        assertThat(entries("forum-post", replyId)).isEqualTo(1);

        mvc.perform(get("/api/v1/audit").param("action", "forum.pin").param("q", slug).with(m))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].actorAccountId").value(mod.accountId()))
                .andExpect(jsonPath("$.entries[0].actorLabel").value("Tressa Audit"))
                .andExpect(jsonPath("$.entries[0].before").value("pinned=false"))
                .andExpect(jsonPath("$.entries[0].after").value("pinned=true"));
        mvc.perform(get("/api/v1/audit").param("action", "forum.").param("q", slug).with(m))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.entries[0].action").value("forum.lock"));
        mvc.perform(get("/api/v1/audit").param("targetType", "forum-post").param("q", "off topic here").with(m))
                .andExpect(jsonPath("$.entries[0].action").value("forum.post.remove"))
                .andExpect(jsonPath("$.entries[0].target.id").value(String.valueOf(replyId)));
        mvc.perform(get("/api/v1/audit").param("from", "2999-01-01T00:00:00Z").with(m))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday").with(m))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit.api.error.instant"));
        mvc.perform(get("/api/v1/audit").param("size", "500").with(m))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit.api.error.size"));
    }

    @Test
    void theRepositoryOffersNoWayToChangeOrRemoveAnEntry() {
        List<String> methods = Arrays.stream(AuditRepository.class.getMethods()).map(Method::getName).toList();
        assertThat(methods).containsExactlyInAnyOrder("save", "count", "search");
    }
}
