package org.thirdspace.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.PostDraft;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.MutableClock;
import org.thirdspace.security.Role;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.testsupport.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Trust levels against the real forum, database and API: the default limits of new members
 * (switched on here; the test profile turns them off for other features' tests), promotion from
 * real activity, moderators' exemption and locks, trusted flaggers.
 */
@IntegrationTest
@RecordApplicationEvents
class TrustLevelsTest {

    /** Eight links as members write them: inline, reference, image, autolink, bare URL, www. */
    static final String MANY_LINKS = """
            See [the report](https://example.org/report) and [the guide][g], ![a chart](https://example.org/c.png),
            <https://example.org/auto>, https://example.org/bare and www.example.org/www.
            Also mailto:someone@example.org and [another](http://example.com/x).

            [g]: https://example.org/guide
            """;

    @Autowired
    ForumService forum;
    @Autowired
    TrustService trust;
    @Autowired
    TrustProperties properties;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    private TrustProperties.Limits testNew;
    private TrustProperties.Limits testBasic;
    private TrustLevel testAttachments;

    @BeforeEach
    void defaultLimits() {
        testNew = properties.getNewMembers();
        testBasic = properties.getBasicMembers();
        testAttachments = properties.getAttachmentsLevel();
        TrustProperties defaults = new TrustProperties();
        properties.setNewMembers(defaults.getNewMembers());
        properties.setBasicMembers(defaults.getBasicMembers());
        properties.setAttachmentsLevel(defaults.getAttachmentsLevel());
    }

    @AfterEach
    void testLimits() {
        properties.setNewMembers(testNew);
        properties.setBasicMembers(testBasic);
        properties.setAttachmentsLevel(testAttachments);
        clock.reset();
    }

    private Someone member(String name) {
        return ProfileFixtures.person(accounts, people, name);
    }

    private Someone moderator(String name) {
        return ProfileFixtures.person(accounts, people, name, Role.MODERATOR);
    }

    private int topicsBy(Someone who) {
        return jdbc.queryForObject("select count(*) from forum_topic where author_person_id = ?", Integer.class,
                who.personId());
    }

    private int postsBy(Someone who) {
        return jdbc.queryForObject("select count(*) from forum_post where author_person_id = ?", Integer.class,
                who.personId());
    }

    @Test
    void aNewAccountPostingManyLinksIsStoppedWithAClearMessageAndNothingIsWritten() {
        Someone mod = moderator("Trusty Moderator");
        Someone spammer = member("Linky Newcomer");
        Category category = ForumFixtures.category(forum, mod, "Linkfarm");
        ForumKey where = ForumKey.category(category.id());

        assertThatThrownBy(() -> ForumFixtures.topic(forum, spammer, where, TopicKind.DISCUSSION,
                "Great offers for schools", MANY_LINKS))
                .isInstanceOfSatisfying(PostingLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo("links");
                    assertThat(e.allowed()).isEqualTo(2);
                    assertThat(e.found()).isEqualTo(8);
                    assertThat(e.level()).isEqualTo("NEW");
                    assertThat(e.isRateLimit()).isFalse();
                });
        assertThat(topicsBy(spammer)).isZero();
        assertThat(postsBy(spammer)).isZero();

        // two links, plus addresses in code and a mention, are fine
        TopicDetails ok = ForumFixtures.topic(forum, spammer, where, TopicKind.DISCUSSION, "Two useful links",
                "Read [this](https://example.org/a) and https://example.org/b. `https://example.org/in-code`\n\n"
                        + "```\nhttps://example.org/in-block\n```\n");
        assertThat(topicsBy(spammer)).isEqualTo(1);

        // replies and edits are checked too
        assertThatThrownBy(() -> ForumFixtures.reply(forum, spammer, ok.id(), MANY_LINKS))
                .isInstanceOf(PostingLimitExceeded.class);
        assertThat(postsBy(spammer)).isEqualTo(1);
    }

    @Test
    void theApiAnswersATooManyLinksProblemNamingTheLimitAndWritesNothing() throws Exception {
        Someone mod = moderator("Trusty Api Moderator");
        Someone spammer = member("Linky Api Newcomer");
        Category category = ForumFixtures.category(forum, mod, "Linkfarm api");
        String body = JsonMapper.builder().build().writeValueAsString(Map.of("categoryId", category.id(),
                "kind", "DISCUSSION", "title", "Great offers via the API", "markdown", MANY_LINKS,
                "tags", List.of()));

        mvc.perform(post("/api/v1/topics").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(spammer.email()).roles("MEMBER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("trust.limit.links.new"))
                .andExpect(jsonPath("$.limit").value("links"))
                .andExpect(jsonPath("$.allowed").value(2))
                .andExpect(jsonPath("$.found").value(8))
                .andExpect(jsonPath("$.trustLevel").value("NEW"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("at most 2 links in a post; this one has 8"),
                        org.hamcrest.Matchers.containsString("unlocked"))));
        assertThat(topicsBy(spammer)).isZero();
    }

    @Test
    void newMembersWriteAtMostThreePostsAnHourThenAreToldWhenToComeBack() throws Exception {
        Someone mod = moderator("Hourly Moderator");
        Someone eager = member("Hourly Newcomer");
        Category category = ForumFixtures.category(forum, mod, "Hourly");
        TopicDetails topic = ForumFixtures.topic(forum, eager, ForumKey.category(category.id()), TopicKind.DISCUSSION,
                "First question of the hour", "Hello all.");
        ForumFixtures.reply(forum, eager, topic.id(), "Second post.");
        ForumFixtures.reply(forum, eager, topic.id(), "Third post.");

        assertThatThrownBy(() -> ForumFixtures.reply(forum, eager, topic.id(), "Fourth post."))
                .isInstanceOfSatisfying(PostingLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo("posts-per-hour");
                    assertThat(e.found()).isEqualTo(3);
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
                });
        mvc.perform(post("/api/v1/topics/" + topic.id() + "/posts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"markdown\":\"Fourth post via the API.\"}")
                        .with(user(eager.email()).roles("MEMBER")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.limit").value("posts-per-hour"))
                .andExpect(jsonPath("$.allowed").value(3))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "at most 3 topics and replies an hour; you have written 3")));
        assertThat(postsBy(eager)).isEqualTo(3);

        clock.advance(Duration.ofMinutes(61));
        ForumFixtures.reply(forum, eager, topic.id(), "Fourth post, an hour later.");
        assertThat(postsBy(eager)).isEqualTo(4);
    }

    @Test
    void moderatorsAreExemptAndAlwaysLeadersAndTrustedFlaggers() {
        Someone mod = moderator("Exempt Moderator");
        Category category = ForumFixtures.category(forum, mod, "Exempt");
        TopicDetails topic = ForumFixtures.topic(forum, mod, ForumKey.category(category.id()), TopicKind.DISCUSSION,
                "Resources list", MANY_LINKS);
        for (int i = 0; i < 4; i++) {
            as(mod.email(), "MODERATOR", () -> forum.reply(topic.id(), PostDraft.of("More: " + MANY_LINKS)));
        }
        assertThat(postsBy(mod)).isEqualTo(5);
        assertThat(trust.levelOf(mod.accountId())).isEqualTo(TrustLevel.LEADER);
        assertThat(trust.isTrustedFlagger(mod.accountId())).isTrue();

        Someone newcomer = member("Untrusted Newcomer");
        assertThat(trust.levelOf(newcomer.accountId())).isEqualTo(TrustLevel.NEW);
        assertThat(trust.isTrustedFlagger(newcomer.accountId())).isFalse();
        assertThat(trust.levelOf(Long.MAX_VALUE)).isEqualTo(TrustLevel.NEW);
    }

    @Test
    void readingOnTwoDaysPromotesToBasicWhichRelaxesTheLinkLimit() {
        Someone mod = moderator("Reading Moderator");
        Someone reader = member("Reading Newcomer");
        Category category = ForumFixtures.category(forum, mod, "Reading");
        String longPost = "A careful account of a partnership. ".repeat(90); // ~3,200 characters: 2 minutes
        List<Long> topics = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            topics.add(ForumFixtures.topic(forum, mod, ForumKey.category(category.id()), TopicKind.DISCUSSION,
                    "Long read " + i, longPost).id());
        }
        for (int i = 0; i < 5; i++) {
            long topicId = topics.get(i);
            if (i == 3) {
                clock.advance(Duration.ofDays(1));
            }
            as(reader.email(), "MEMBER", () -> forum.page(topicId, 1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> trust.levelOf(reader.accountId()) == TrustLevel.BASIC);
        TrustProgress progress = as(reader.email(), "MEMBER", () -> trust.myProgress());
        assertThat(progress.activity().daysVisited()).isEqualTo(2);
        assertThat(progress.activity().topicsEntered()).isEqualTo(5);
        assertThat(progress.activity().minutesRead()).isEqualTo(10);
        assertThat(progress.next()).isEqualTo(TrustLevel.MEMBER);
        assertThat(progress.requirements()).extracting(TrustProgress.Requirement::code)
                .containsExactly("days-visited", "read-minutes", "posts");
        assertThat(events.stream(TrustLevelChanged.class).filter(e -> e.accountId() == reader.accountId()))
                .containsExactly(new TrustLevelChanged(reader.accountId(), TrustLevel.NEW, TrustLevel.BASIC, null));

        // reading the same topics again counts no new topics
        as(reader.email(), "MEMBER", () -> forum.page(topics.get(0), 1));
        // BASIC: five links are fine now, six are not
        String fiveLinks = "https://a.example/1 https://a.example/2 https://a.example/3 https://a.example/4 "
                + "https://a.example/5";
        ForumFixtures.reply(forum, reader, topics.get(0), fiveLinks);
        assertThatThrownBy(() -> ForumFixtures.reply(forum, reader, topics.get(0), fiveLinks + " https://a.example/6"))
                .isInstanceOfSatisfying(PostingLimitExceeded.class, e -> {
                    assertThat(e.allowed()).isEqualTo(5);
                    assertThat(e.messageKey()).isEqualTo("trust.limit.links.basic");
                });
        assertThat(as(reader.email(), "MEMBER", () -> trust.myProgress()).activity().topicsEntered()).isEqualTo(5);
    }

    @Test
    void aModeratorsLockOverridesTheEarnedLevelAndIsAudited() throws Exception {
        Someone mod = moderator("Locking Moderator");
        Someone member = member("Locked Member");
        assertThatThrownBy(() -> as(member.email(), "MEMBER",
                () -> trust.lock(member.accountId(), TrustLevel.LEADER, "I deserve it")))
                .isInstanceOf(AccessDeniedException.class);

        TrustProgress locked = as(mod.email(), "MODERATOR",
                () -> trust.lock(member.accountId(), TrustLevel.REGULAR, "Long-standing contributor on the old site"));
        assertThat(locked.level()).isEqualTo(TrustLevel.REGULAR);
        assertThat(locked.locked()).isTrue();
        assertThat(trust.isTrustedFlagger(member.accountId())).isTrue();
        assertThat(events.stream(AuditableAction.class)
                .filter(a -> a.target().toString().equals("account:" + member.accountId())))
                .singleElement().satisfies(a -> {
                    assertThat(a.action()).isEqualTo("trust.lock");
                    assertThat(a.actorAccountId()).isEqualTo(mod.accountId());
                    assertThat(a.before()).isEqualTo("NEW");
                    assertThat(a.after()).isEqualTo("REGULAR");
                    assertThat(a.summary()).isEqualTo("Long-standing contributor on the old site");
                });
        assertThatThrownBy(() -> as(mod.email(), "MODERATOR",
                () -> trust.lock(member.accountId(), TrustLevel.NEW, " ")))
                .isInstanceOfSatisfying(TrustException.class, e -> assertThat(e.field()).isEqualTo("reason"));

        // REST: the member sees their own level, others may not, moderators may
        mvc.perform(get("/api/v1/trust/" + member.accountId()).with(user(member.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("REGULAR"))
                .andExpect(jsonPath("$.locked").value(true));
        Someone other = member("Curious Member");
        mvc.perform(get("/api/v1/trust/" + member.accountId()).with(user(other.email()).roles("MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/trust/" + member.accountId() + "/lock").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"NEW\",\"reason\":\"Posted adverts\"}")
                        .with(user(mod.email()).roles("MEMBER", "MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("NEW"));
        assertThat(trust.isTrustedFlagger(member.accountId())).isFalse();

        TrustProgress unlocked = as(mod.email(), "MODERATOR", () -> trust.unlock(member.accountId(), "Reviewed"));
        assertThat(unlocked.locked()).isFalse();
        assertThat(unlocked.level()).isEqualTo(TrustLevel.NEW);
    }
}
