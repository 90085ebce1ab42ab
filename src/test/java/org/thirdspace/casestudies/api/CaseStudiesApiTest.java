package org.thirdspace.casestudies.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.BASE;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.draft;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.etagOf;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.idOf;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.json;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.member;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.moderator;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.withField;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code /api/v1/case-studies}: no lost update (ETag / If-Match, 412 with what changed, 428
 * without a precondition), the review workflow with a stable published version, and drafts that
 * do not exist for anyone but their writers, in any endpoint or in search.
 */
@IntegrationTest
class CaseStudiesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;

    private Someone someone(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    private long create(Someone author, Map<String, Object> body) throws Exception {
        MvcResult created = mvc.perform(json(post(BASE), body).with(member(author)))
                .andExpect(status().isCreated())
                .andReturn();
        return idOf(created);
    }

    private int revisionCount(long id, Someone who) throws Exception {
        String body = mvc.perform(get(BASE + "/" + id + "/revisions").with(member(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.<java.util.List<?>>read(body, "$").size();
    }

    @Test
    void saveWithTheETagAndAStaleSaveIsRefusedWithWhatChangedAndNothingWritten() throws Exception {
        Someone author = someone("Orla Treharne");
        Someone coauthor = someone("Bram Kessock");
        String tag = GroupSearchFixtures.token();
        Map<String, Object> body = draft("Soil science with Treharne pupils " + tag, tag);

        MvcResult created = mvc.perform(json(post(BASE), body).with(member(author)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/case-studies/\\d+")))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision.number").value(1))
                .andExpect(jsonPath("$.permissions.canEdit").value(true))
                .andReturn();
        long id = idOf(created);
        mvc.perform(post(BASE + "/" + id + "/comments").with(member(author)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"markdown\":\"Bram, can you check the *activities*?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.html").value(containsString("<em>activities</em>")));

        String etag = mvc.perform(get(BASE + "/" + id).with(member(author)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.revision.title").value("Soil science with Treharne pupils " + tag))
                .andExpect(jsonPath("$.rendered.fieldsHtml.ACTIVITIES")
                        .value(containsString("<strong>lunchtime</strong>")))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get(BASE + "/" + id).with(member(author)).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());

        // the author saves on top of revision 1: revision 2 with a new ETag
        String newEtag = mvc.perform(json(put(BASE + "/" + id), withField(body, "AIMS", "Raise interest in soil."))
                        .header(HttpHeaders.IF_MATCH, etag).with(member(author)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.revision.number").value(2))
                .andExpect(jsonPath("$.revision.basedOn").value(1))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertRevisions(id, author, 2);

        // a second edit that also started from revision 1 is refused: 412, what changed, nothing written
        mvc.perform(json(put(BASE + "/" + id), withField(body, "LESSONS", "A lost update."))
                        .header(HttpHeaders.IF_MATCH, etag).with(member(author)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.ETAG, newEtag))
                .andExpect(jsonPath("$.status").value(412))
                .andExpect(jsonPath("$.code").value("casestudies.api.error.stale"))
                .andExpect(jsonPath("$.currentRevision").value(2))
                .andExpect(jsonPath("$.currentETag").value(newEtag))
                .andExpect(jsonPath("$.basedOnRevision").value(1))
                .andExpect(jsonPath("$.diff").value(BASE + "/" + id + "/diff?from=1&to=2"))
                .andExpect(jsonPath("$.changedParts", contains("aims")))
                .andExpect(jsonPath("$.newerRevisions[0].number").value(2))
                .andExpect(jsonPath("$.newerRevisions[0].authorName").value("Orla Treharne"));
        assertRevisions(id, author, 2);
        mvc.perform(get(BASE + "/" + id + "/diff").param("from", "1").param("to", "2").with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[0].part").value("aims"))
                .andExpect(jsonPath("$.parts[0].segments[0].op").value("INSERT"));

        // no precondition: 428, and If-Match: * is not one either; a tag that is no revision: 412
        mvc.perform(json(put(BASE + "/" + id), body).with(member(author)))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.code").value("casestudies.api.error.if-match-required"));
        mvc.perform(json(put(BASE + "/" + id), body).header(HttpHeaders.IF_MATCH, "*").with(member(author)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(json(put(BASE + "/" + id), body).header(HttpHeaders.IF_MATCH, "\"two\"").with(member(author)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentRevision").value(2));
        assertRevisions(id, author, 2);

        // a body that names another base than If-Match is refused
        var mismatched = new java.util.HashMap<>(body);
        mismatched.put("basedOnRevision", 1);
        mvc.perform(json(put(BASE + "/" + id), mismatched).header(HttpHeaders.IF_MATCH, newEtag).with(member(author)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basedOnRevision"));

        // invalid content: a problem naming the field, nothing written
        mvc.perform(put(BASE + "/" + id).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}")
                        .header(HttpHeaders.IF_MATCH, newEtag).with(member(author)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        mvc.perform(put(BASE + "/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"T\",\"voice\":\"CHORUS\"}")
                        .header(HttpHeaders.IF_MATCH, newEtag).with(member(author)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("voice"));
        assertRevisions(id, author, 2);

        // someone who is not a writer cannot even see the draft
        mvc.perform(json(put(BASE + "/" + id), body).header(HttpHeaders.IF_MATCH, newEtag).with(member(coauthor)))
                .andExpect(status().isNotFound());
        assertRevisions(id, author, 2);
    }

    private void assertRevisions(long id, Someone who, int expected) throws Exception {
        org.assertj.core.api.Assertions.assertThat(revisionCount(id, who)).isEqualTo(expected);
    }

    @Test
    void aDraftDoesNotExistForOtherMembersVisitorsOrSearch() throws Exception {
        Someone author = someone("Perrin Ashgrove");
        Someone other = someone("Tamsin Vold");
        Someone moderator = someone("Kofi Brennagh", Role.MODERATOR);
        String tag = GroupSearchFixtures.token();
        long draftId = create(author, draft("Ashgrove gardening draft " + tag, tag));

        for (String path : new String[] {"", "/revisions", "/revisions/1", "/diff?from=1&to=1",
                "/export?format=md", "/export?format=pdf", "/comments", "/attachments"}) {
            mvc.perform(get(BASE + "/" + draftId + path).with(member(other)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(BASE + "/" + draftId + path)).andExpect(status().isNotFound());
        }
        // not in review yet: moderators do not see it either
        mvc.perform(get(BASE + "/" + draftId).with(moderator(moderator))).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + draftId + "/comments").with(member(other)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"markdown\":\"Hello\"}")).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/mine").with(member(other)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) draftId))));
        mvc.perform(get(BASE + "/mine").with(member(author)))
                .andExpect(jsonPath("$[*].id", hasItem((int) draftId)));

        // a published one with the same words is found; the draft never is, not even by its author
        long publishedId = create(author, draft("Ashgrove gardening published " + tag, tag));
        publish(publishedId, author, moderator, 1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                mvc.perform(get(BASE).param("q", tag).with(member(other)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.hits[*].id", hasItem((int) publishedId))));
        for (var who : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {member(other),
                member(author), moderator(moderator)}) {
            mvc.perform(get(BASE).param("q", tag).with(who))
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.hits[*].id", not(hasItem((int) draftId))));
        }
        mvc.perform(get(BASE).param("q", tag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].id", contains((int) publishedId)));
        mvc.perform(get(BASE).param("activity", "no-such-activity"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activity"));
        mvc.perform(get(BASE).param("size", "500")).andExpect(status().isBadRequest());
    }

    private void publish(long id, Someone author, Someone moderator, int revision) throws Exception {
        mvc.perform(post(BASE + "/" + id + "/submit").header(HttpHeaders.IF_MATCH, "\"" + revision + "\"")
                .with(member(author))).andExpect(status().isOk());
        mvc.perform(json(post(BASE + "/" + id + "/reviews"), Map.of("decision", "APPROVED", "revision", revision))
                .with(moderator(moderator))).andExpect(status().isOk());
    }

    @Test
    void submitReviewAndPublishWhileTheStableVersionStaysForReaders() throws Exception {
        Someone author = someone("Mirela Castwell");
        Someone reader = someone("Jonah Pettifer");
        Someone moderator = someone("Saoirse Lumb", Role.MODERATOR);
        String tag = GroupSearchFixtures.token();
        Map<String, Object> body = draft("Castwell maths circles " + tag, tag);
        long id = create(author, body);

        // submit needs the revision: If-Match or body
        mvc.perform(post(BASE + "/" + id + "/submit").with(member(author)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(BASE + "/" + id + "/submit").header(HttpHeaders.IF_MATCH, "\"1\"").with(member(reader)))
                .andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + id + "/submit").header(HttpHeaders.IF_MATCH, "\"1\"").with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        mvc.perform(get(BASE + "/review-queue").with(moderator(moderator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseStudy.id", hasItem((int) id)));

        // the moderator asks for changes; the author edits and submits again with the revision in the body
        mvc.perform(json(post(BASE + "/" + id + "/reviews"), Map.of("decision", "CHANGES_REQUESTED",
                        "comment", "Say how many *pupils* took part.", "revision", 1)).with(moderator(moderator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.reviews[0].decision").value("CHANGES_REQUESTED"));
        mvc.perform(json(put(BASE + "/" + id), withField(body, "PARTICIPANTS_AND_ROLES", "Thirty pupils in Year 8."))
                        .header(HttpHeaders.IF_MATCH, "\"1\"").with(member(author)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(json(post(BASE + "/" + id + "/submit"), Map.of("revision", 1)).with(member(author)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentRevision").value(2));
        mvc.perform(json(post(BASE + "/" + id + "/submit"), Map.of("revision", 2)).with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        // authors do not review their own writing; a decision needs a revision
        mvc.perform(json(post(BASE + "/" + id + "/reviews"), Map.of("decision", "APPROVED", "revision", 2))
                .with(member(author))).andExpect(status().isForbidden());
        mvc.perform(json(post(BASE + "/" + id + "/reviews"), Map.of("decision", "APPROVED", "revision", 2))
                        .with(moderator(author)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("casestudies.error.own-writing"));
        mvc.perform(json(post(BASE + "/" + id + "/reviews"), Map.of("decision", "APPROVED"))
                        .with(moderator(moderator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revision"));
        mvc.perform(json(post(BASE + "/" + id + "/reviews"), Map.of("decision", "APPROVED", "revision", 2))
                        .with(moderator(moderator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedRevision").value(2));

        // readers and visitors see revision 2
        mvc.perform(get(BASE + "/" + id).with(member(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.permissions.canEdit").value(false));
        mvc.perform(get(BASE + "/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));

        // the author starts revision 3: readers keep the stable version, the author sees both
        mvc.perform(json(put(BASE + "/" + id), withField(body, "LESSONS", "Book the hall early " + tag + "."))
                        .header(HttpHeaders.IF_MATCH, "\"2\"").with(member(author)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
        mvc.perform(get(BASE + "/" + id).with(member(reader)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.revision.fields.LESSONS").value("Plan the timetable with the school early."));
        mvc.perform(get(BASE + "/" + id).with(member(author))).andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
        mvc.perform(get(BASE + "/" + id).param("version", "published").with(member(author)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.revision.number").value(2));
        mvc.perform(get(BASE + "/" + id).param("version", "newest").with(member(author)))
                .andExpect(status().isBadRequest());
        // a save from the published ETag would lose revision 3: refused
        mvc.perform(json(put(BASE + "/" + id), body).header(HttpHeaders.IF_MATCH, "\"2\"").with(member(author)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentRevision").value(3));
        mvc.perform(get(BASE + "/" + id + "/revisions").with(member(reader)))
                .andExpect(jsonPath("$[*].number", contains(2, 1)));
        mvc.perform(get(BASE + "/" + id + "/revisions/3").with(member(reader))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id + "/diff").param("from", "2").param("to", "3").with(member(reader)))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id + "/revisions/2").with(member(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(get(BASE + "/" + id + "/revisions").with(member(author)))
                .andExpect(jsonPath("$", hasSize(3)));
    }

    @Test
    void theOpenApiDocumentListsTheCaseStudyEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/case-studies/{id}/revisions/{number}")))
                .andExpect(content().string(containsString("/api/v1/case-studies/{id}/attachments/{attachmentId}")))
                .andExpect(content().string(containsString("/api/v1/case-studies/{id}/export")))
                .andExpect(content().string(containsString("Save a new revision")));
    }
}
