package org.thirdspace.forum.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.people.ProfileFixtures.Someone;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** Requests, bodies and counts shared by the forum API tests (all through the API itself). */
final class ForumApiSupport {

    static final String FORUM = "/api/v1/forum";
    static final String TOPICS = "/api/v1/topics";
    static final String POSTS = "/api/v1/posts";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private ForumApiSupport() {
    }

    static RequestPostProcessor member(Someone someone) {
        return user(someone.email()).roles("MEMBER");
    }

    static RequestPostProcessor moderator(Someone someone) {
        return user(someone.email()).roles("MEMBER", "MODERATOR");
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

    /** A public (or members-only) category made by a moderator; its slug is {@code slug}. */
    static long category(MockMvc mvc, Someone moderator, String slug, String visibility) throws Exception {
        return idOf(mvc.perform(json(post(FORUM + "/categories"), Map.of("slug", slug, "name", "Category " + slug,
                        "description", "For tests of " + slug, "visibility", visibility, "archived", false))
                        .with(moderator(moderator)))
                .andExpect(status().isCreated()).andReturn());
    }

    static Map<String, Object> topic(String where, long forumId, String kind, String title, String markdown,
            List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put(where, forumId);
        body.put("kind", kind);
        body.put("title", title);
        body.put("markdown", markdown);
        body.put("tags", tags);
        return body;
    }

    /** Starts a topic through the API; answers its id. */
    static long startTopic(MockMvc mvc, RequestPostProcessor who, Map<String, Object> body) throws Exception {
        return idOf(mvc.perform(json(post(TOPICS), body).with(who)).andExpect(status().isCreated()).andReturn());
    }

    /** Replies through the API; answers the new post's id. */
    static long reply(MockMvc mvc, RequestPostProcessor who, long topicId, String markdown) throws Exception {
        return idOf(mvc.perform(json(post(TOPICS + "/" + topicId + "/posts"), Map.of("markdown", markdown))
                .with(who)).andExpect(status().isCreated()).andReturn());
    }

    /** The id of post {@code number} on the page of a topic that holds it. */
    static long postId(MockMvc mvc, RequestPostProcessor who, long topicId, int number) throws Exception {
        MvcResult page = mvc.perform(get(TOPICS + "/" + topicId).param("post", String.valueOf(number)).with(who))
                .andExpect(status().isOk()).andReturn();
        List<Number> ids = read(page, "$.posts[?(@.number == " + number + ")].id");
        return ids.getFirst().longValue();
    }

    /** What the database holds for a person: topics, posts and earlier post versions (for "nothing half-saved"). */
    record Stored(long topics, long posts, long revisions, long tags, long reactions, long mentions) {

        static Stored of(JdbcTemplate jdbc, long personId) {
            return new Stored(
                    count(jdbc, "SELECT COUNT(*) FROM forum_topic WHERE author_person_id = ?", personId),
                    count(jdbc, "SELECT COUNT(*) FROM forum_post WHERE author_person_id = ?", personId),
                    count(jdbc, "SELECT COUNT(*) FROM forum_post_revision r JOIN forum_post p ON p.id = r.post_id "
                            + "WHERE p.author_person_id = ?", personId),
                    count(jdbc, "SELECT COUNT(*) FROM forum_topic_tag g JOIN forum_topic t ON t.id = g.topic_id "
                            + "WHERE t.author_person_id = ?", personId),
                    count(jdbc, "SELECT COUNT(*) FROM forum_reaction WHERE person_id = ?", personId),
                    count(jdbc, "SELECT COUNT(*) FROM forum_mention m JOIN forum_post p ON p.id = m.post_id "
                            + "WHERE p.author_person_id = ?", personId));
        }

        private static long count(JdbcTemplate jdbc, String sql, long personId) {
            Long n = jdbc.queryForObject(sql, Long.class, personId);
            return n == null ? 0 : n;
        }
    }
}
