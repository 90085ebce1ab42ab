package org.thirdspace.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.ProfileUpdate;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.search.BulkWriter;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * Member profiles ({@code profile:ID}) as moderated content through the REST API, on the real
 * database and search node: flag → queue with context → HIDE → the profile answers 404 to other
 * members, leaves the people finder and name suggestions, its owner still sees it and is told →
 * RESTORE brings it back everywhere. Nobody flags their own profile; profiles cannot be edited
 * by moderators; members cannot flag profiles they cannot see.
 */
@IntegrationTest
class ProfileModerationApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    SearchIndexes indexes;

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

    /** Gives the person a profile mentioning {@code word} in headline and bio, with the given visibility. */
    private void describe(Someone who, String word, Visibility visibility) {
        ProfileUpdate update = new ProfileUpdate(null, "Careers mentor " + word,
                "I run *" + word + "* workshops for sixth formers.", Set.of("link-tutor"), Set.of("ite"),
                Set.of("science"), Set.of("primary"), List.of("careers " + word), List.of("PGCE"), List.of("English"),
                new Availability(true, 2, Availability.Mode.BOTH), new ContactPreferences(false, true, null),
                visibility);
        TestAccounts.as(who.email(), "MEMBER", () -> people.updateMyProfile(update));
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
        if ("EDIT".equals(action)) {
            body.put("text", message);
        } else {
            body.put("message", message);
        }
        return mvc.perform(json(post("/api/v1/moderation/actions"), body).with(moderator(mod))).andReturn();
    }

    /** Waits until the people finder finds exactly {@code ids} for the word (as {@code reader}). */
    private void awaitFinder(Someone reader, String word, Long... ids) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            MvcResult r = mvc.perform(get("/api/v1/people").param("q", word).with(member(reader)))
                    .andExpect(status().isOk()).andReturn();
            List<Number> found = read(r, "$.items[*].id");
            assertThat(found.stream().map(Number::longValue).toList()).containsExactly(ids);
            assertThat(((Number) read(r, "$.total")).longValue()).isEqualTo(ids.length);
        });
    }

    private List<PersonSummary> suggestions(Someone reader, String prefix) {
        return TestAccounts.as(reader.email(), "MEMBER", () -> people.suggestByName(prefix, 10));
    }

    @Test
    void flagQueueHideRemovesTheProfileFromMembersAndTheFinderAndRestoreBringsItBack() throws Exception {
        String word = GroupSearchFixtures.token();
        Someone mod = someone("Keziah Moderator", Role.MODERATOR);
        Someone owner = someone("Tressa " + word);
        Someone flagger = someone("Locryn Flagger");
        Someone reader = someone("Morvah Reader");
        describe(owner, word, Visibility.MEMBERS);
        String target = "profile:" + owner.personId();
        String profile = "/api/v1/people/" + owner.personId();
        awaitFinder(reader, word, owner.personId());
        mvc.perform(get(profile).with(member(reader))).andExpect(status().isOk());
        assertThat(suggestions(reader, "Tressa " + word)).extracting(PersonSummary::id)
                .containsExactly(owner.personId());

        MvcResult flagged = flag(member(flagger), target, "COMMERCIAL_CLAIM", "Advertises paid coaching");
        assertThat(flagged.getResponse().getStatus()).isEqualTo(201);
        assertThat((Boolean) read(flagged, "$.hidden")).isFalse();
        assertThat((String) read(flagged, "$.target.type")).isEqualTo("profile");

        MvcResult queue = mvc.perform(get("/api/v1/moderation/queue").param("size", "100").with(moderator(mod)))
                .andExpect(status().isOk()).andReturn();
        String item = "$.items[?(@.target.id == '" + owner.personId() + "' && @.target.type == 'profile')]";
        assertThat((List<Object>) read(queue, item + ".flagCount")).containsExactly(1);
        assertThat((List<Object>) read(queue, item + ".reasons.COMMERCIAL_CLAIM")).containsExactly(1);
        assertThat((List<String>) read(queue, item + ".excerpt")).singleElement().asString()
                .contains("Careers mentor " + word).contains(word + "* workshops");
        assertThat((List<Object>) read(queue, item + ".authorPersonId")).containsExactly((int) owner.personId());
        assertThat((List<String>) read(queue, item + ".authorName")).containsExactly("Tressa " + word);
        assertThat((List<String>) read(queue, item + ".where")).singleElement().asString()
                .contains("Tressa " + word);
        assertThat((List<String>) read(queue, item + ".link")).containsExactly("people/" + owner.personId());
        assertThat((List<String>) read(queue, item + ".notes[0]")).containsExactly("Advertises paid coaching");
        assertThat((List<Object>) read(queue, item + ".hidden")).containsExactly(false);

        MvcResult hidden = act(mod, target, "HIDE", "Please take the paid coaching offer off your profile.");
        assertThat(hidden.getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) read(hidden, "$.resolvedFlags")).isEqualTo(1);
        assertThat((Boolean) read(hidden, "$.hidden")).isTrue();
        assertThat((Boolean) read(hidden, "$.authorTold")).isTrue();

        // gone for other members (like an unknown profile), still there for its owner and moderators
        mvc.perform(get(profile).with(member(reader))).andExpect(status().isNotFound());
        mvc.perform(get(profile).with(member(flagger))).andExpect(status().isNotFound());
        mvc.perform(get(profile).with(member(owner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.headline").value("Careers mentor " + word));
        mvc.perform(get(profile).with(moderator(mod))).andExpect(status().isOk());
        awaitFinder(reader, word);
        assertThat(suggestions(reader, "Tressa " + word)).isEmpty();
        // a hidden profile cannot be flagged again by members who cannot see it
        Someone late = someone("Jenna Latecomer");
        assertThat(flag(member(late), target, "SPAM", null).getResponse().getStatus()).isEqualTo(404);

        mvc.perform(get("/api/v1/moderation/notices").with(member(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("HIDE"))
                .andExpect(jsonPath("$[0].target.type").value("profile"))
                .andExpect(jsonPath("$[0].target.id").value(String.valueOf(owner.personId())))
                .andExpect(jsonPath("$[0].message").value("Please take the paid coaching offer off your profile."))
                .andExpect(jsonPath("$[0].link").value("people/" + owner.personId()))
                .andExpect(jsonPath("$[0].automatic").value(false));
        mvc.perform(get("/api/v1/audit").param("action", "moderation.hide").param("targetType", "profile")
                        .param("q", target).with(moderator(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].target.id").value(String.valueOf(owner.personId())));

        MvcResult restored = act(mod, target, "RESTORE", null);
        assertThat(restored.getResponse().getStatus()).isEqualTo(200);
        assertThat((Boolean) read(restored, "$.hidden")).isFalse();
        mvc.perform(get(profile).with(member(reader))).andExpect(status().isOk());
        awaitFinder(reader, word, owner.personId());
        assertThat(suggestions(reader, "Tressa " + word)).extracting(PersonSummary::id)
                .containsExactly(owner.personId());
        mvc.perform(get("/api/v1/moderation/notices").with(member(owner)))
                .andExpect(jsonPath("$[0].outcome").value("RESTORE"))
                .andExpect(jsonPath("$[0].target.type").value("profile"));
    }

    @Test
    void membersCannotFlagTheirOwnProfileNorProfilesTheyCannotSee() throws Exception {
        String word = GroupSearchFixtures.token();
        Someone owner = someone("Ebrel Owner");
        Someone recluse = someone("Sowena Recluse");
        Someone flagger = someone("Gerens Flagger");
        describe(recluse, word, Visibility.HIDDEN);

        MvcResult own = flag(member(owner), "profile:" + owner.personId(), "SPAM", null);
        assertThat(own.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(own, "$.code")).isEqualTo("moderation.error.own-content");

        MvcResult invisible = flag(member(flagger), "profile:" + recluse.personId(), "SPAM", null);
        assertThat(invisible.getResponse().getStatus()).isEqualTo(404);
        MvcResult unknown = flag(member(flagger), "profile:987654321987", "SPAM", null);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        MvcResult notANumber = flag(member(flagger), "profile:ebrel", "SPAM", null);
        assertThat(notANumber.getResponse().getStatus()).isEqualTo(404);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moderation_flag WHERE target_type = 'profile' "
                + "AND target_id IN (?, ?)", Long.class, String.valueOf(owner.personId()),
                String.valueOf(recluse.personId()))).isZero();
    }

    @Test
    void moderatorsCannotEditAProfileButCanWarnItsOwner() throws Exception {
        String word = GroupSearchFixtures.token();
        Someone mod = someone("Wenna Moderator", Role.MODERATOR);
        Someone owner = someone("Derwa Owner");
        Someone flagger = someone("Carasek Flagger");
        describe(owner, word, Visibility.PUBLIC);
        String target = "profile:" + owner.personId();
        assertThat(flag(member(flagger), target, "OTHER", "Claims a qualification they do not have")
                .getResponse().getStatus()).isEqualTo(201);

        MvcResult edit = act(mod, target, "EDIT", "A moderator's rewrite");
        assertThat(edit.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(edit, "$.code")).isEqualTo("moderation.error.edit-unsupported");
        assertThat((String) read(edit, "$.detail")).contains("\"profile\"").contains("cannot be edited by moderators");
        // nothing changed: the flag is open, the profile untouched and visible
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moderation_flag WHERE target_type = 'profile' "
                + "AND target_id = ? AND resolved_at IS NULL", Long.class, String.valueOf(owner.personId())))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/people/" + owner.personId()).with(member(flagger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headline").value("Careers mentor " + word));

        MvcResult warned = act(mod, target, "WARN", "Please list only qualifications you hold.");
        assertThat(warned.getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) read(warned, "$.resolvedFlags")).isEqualTo(1);
        assertThat((Boolean) read(warned, "$.hidden")).isFalse();
        mvc.perform(get("/api/v1/moderation/notices").with(member(owner)))
                .andExpect(jsonPath("$[0].outcome").value("WARN"))
                .andExpect(jsonPath("$[0].target.type").value("profile"))
                .andExpect(jsonPath("$[0].message").value("Please list only qualifications you hold."));
    }

    @Test
    void aFullReindexLeavesProfilesHiddenPendingModerationOut() throws Exception {
        String word = GroupSearchFixtures.token();
        Someone mod = someone("Ruan Moderator", Role.MODERATOR);
        Someone hiddenOne = someone("Nessa Hidden");
        Someone shownOne = someone("Elowen Shown");
        String target = "profile:" + hiddenOne.personId();
        assertThat(act(mod, target, "HIDE", null).getResponse().getStatus()).isEqualTo(200);

        // the whole people index written into a scratch index, as a reindex writes it
        var client = indexes.client();
        String scratch = "modtest-people-" + word;
        try {
            try (BulkWriter writer = new BulkWriter(client, scratch, 500)) {
                peopleIndex.writeAll(writer);
            }
            client.indices().refresh(r -> r.index(scratch));
            var docs = client.mget(m -> m.index(scratch).ids(String.valueOf(hiddenOne.personId()),
                    String.valueOf(shownOne.personId())), Map.class).docs();
            assertThat(docs.get(0).result().found()).as("hidden profile indexed").isFalse();
            assertThat(docs.get(1).result().found()).as("visible profile indexed").isTrue();
        } finally {
            client.indices().delete(d -> d.index(scratch).ignoreUnavailable(true));
        }
        assertThat(peopleIndex.documentCount()).isEqualTo(people.count()
                - jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE hidden_at IS NOT NULL", Long.class));

        assertThat(act(mod, target, "RESTORE", null).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void enoughTrustedFlagsHideAProfileAutomaticallyAndDismissingShowsItAgain() throws Exception {
        String word = GroupSearchFixtures.token();
        Someone mod1 = someone("Hedra Moderator", Role.MODERATOR);
        Someone mod2 = someone("Ruan Moderator", Role.MODERATOR);
        Someone mod3 = someone("Tamsin Moderator", Role.MODERATOR);
        Someone owner = someone("Conan Spammer");
        Someone reader = someone("Ia Reader");
        describe(owner, word, Visibility.MEMBERS);
        String target = "profile:" + owner.personId();
        awaitFinder(reader, word, owner.personId());

        assertThat((Boolean) read(flag(moderator(mod1), target, "SPAM", null), "$.hidden")).isFalse();
        assertThat((Boolean) read(flag(moderator(mod2), target, "SPAM", null), "$.hidden")).isFalse();
        mvc.perform(get("/api/v1/people/" + owner.personId()).with(member(reader))).andExpect(status().isOk());
        MvcResult third = flag(moderator(mod3), target, "SPAM", null);
        assertThat(third.getResponse().getStatus()).isEqualTo(201);
        assertThat((Boolean) read(third, "$.hidden")).isTrue();
        mvc.perform(get("/api/v1/people/" + owner.personId()).with(member(reader))).andExpect(status().isNotFound());
        awaitFinder(reader, word);
        mvc.perform(get("/api/v1/moderation/notices").with(member(owner)))
                .andExpect(jsonPath("$[0].outcome").value("HIDE"))
                .andExpect(jsonPath("$[0].target.type").value("profile"))
                .andExpect(jsonPath("$[0].automatic").value(true));

        assertThat(act(mod1, target, "DISMISS", null).getResponse().getStatus()).isEqualTo(200);
        mvc.perform(get("/api/v1/people/" + owner.personId()).with(member(reader))).andExpect(status().isOk());
        awaitFinder(reader, word, owner.personId());
    }
}
