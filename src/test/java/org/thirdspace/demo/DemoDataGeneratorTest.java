package org.thirdspace.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.casestudies.CaseStudySummary;
import org.thirdspace.casestudies.QueueEntry;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.casestudies.internal.CaseStudy;
import org.thirdspace.casestudies.internal.CaseStudyRepository;
import org.thirdspace.demo.DemoDataGenerator.Population;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DemoDataGeneratorTest {

    @Autowired
    InstitutionService institutions;

    @Autowired
    PeopleService people;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoGroups demoGroups;

    @Autowired
    DemoCaseStudies demoCaseStudies;

    @Autowired
    CaseStudyService service;

    @Autowired
    CaseStudyRepository caseStudies;

    @Autowired
    org.thirdspace.vocabularies.Vocabularies vocabularies;

    @Autowired
    DemoForum demoForum;
    @Autowired
    DemoCollections demoCollections;
    @Autowired
    org.thirdspace.curation.CurationService curation;
    @Autowired
    org.thirdspace.curation.CurationReviews curationReviews;

    @Autowired
    DemoGlossaryAndGaps demoGlossaryAndGaps;
    @Autowired
    DemoNeeds demoNeeds;

    @Autowired
    DemoModeration demoModeration;
    @Autowired
    org.thirdspace.moderation.ModerationService moderation;
    @Autowired
    org.thirdspace.trust.TrustService trust;
    @Autowired
    org.thirdspace.audit.AuditService audit;

    @Autowired
    org.thirdspace.glossary.GlossaryService glossary;

    @Autowired
    org.thirdspace.gaps.GapService gaps;

    @Autowired
    org.thirdspace.needs.NeedService needs;

    @Autowired
    org.thirdspace.forum.ForumService forum;

    @Autowired
    org.thirdspace.forum.ForumWatching watching;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theSameSeedGivesTheSameInstitutions() {
        var generator = generator(new DemoDataProperties(true, 7L, 60, 10, null));
        assertThat(generator.institutionsToCreate(new Random(7)))
                .isEqualTo(generator.institutionsToCreate(new Random(7)))
                .isNotEqualTo(generator.institutionsToCreate(new Random(8)));
    }

    @Test
    void fillsAnEmptyDatabaseWithAPopulationWhoseNamedLoginsWork() throws Exception {
        var generated = generated();
        var population = generated.population();

        assertThat(population.institutions()).isEqualTo(40);
        assertThat(population.people()).isEqualTo(160 + DemoDataGenerator.NAMED_LOGINS.size());
        assertThat(population.groups()).isGreaterThan(20);
        assertThat(generated.institutionsAfter()).isEqualTo(generated.institutionsBefore() + 40);
        assertThat(generated.peopleAfter()).isEqualTo(generated.peopleBefore() + population.people());
        var created = institutions.search("", Pageable.ofSize(500)).getContent();
        assertThat(created).extracting(i -> i.sector()).contains(Sector.UNIVERSITY, Sector.PRIMARY_SCHOOL);
        assertThat(created).allSatisfy(i -> assertThat(i.location()).isNotNull());

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, basic("broker@thirdspace.test",
                        "Partnership-demo-2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Priya Natarajan"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.hasItem("BROKER")));
    }

    @Test
    void aPublishedCollectionThatTheDemoMemberFollowsWithABadgedCaseStudy() {
        generated();
        var home = org.thirdspace.security.TestAccounts.as(DemoCaseStudies.MEMBER, "MEMBER", () -> curation.home());
        var followed = home.followed().stream()
                .filter(f -> f.collection().title().equals("Partnerships that widen participation")).findFirst();
        assertThat(followed).isPresent();
        var collection = org.thirdspace.security.TestAccounts.as(DemoCaseStudies.MEMBER, "MEMBER",
                () -> curation.require(followed.get().collection().id()));
        assertThat(collection.items()).hasSizeGreaterThanOrEqualTo(3);
        var first = collection.items().stream()
                .filter(i -> i.kind() == org.thirdspace.curation.ItemKind.CASE_STUDY).findFirst().orElseThrow();
        assertThat(curationReviews.stateOf(first.targetId()).badge()).isTrue();
    }

    @Test
    void flaggedPostsInTheQueueAHiddenPostWithItsNoticeAuditEntriesAndEveryTrustLevel() {
        var population = generated().population();
        var result = population.moderation();
        assertThat(result.openPostIds()).hasSize(2).doesNotContainNull();
        assertThat(result.hiddenPostId()).isNotNull();

        // the queue: both open posts, flagged by several members, still visible
        List<org.thirdspace.moderation.QueueItem> queue = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            int p = page;
            var items = as(DemoCaseStudies.MODERATOR, "MODERATOR", () -> moderation.queue(p, 100)).items();
            queue.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        for (long id : result.openPostIds()) {
            assertThat(queue).filteredOn(i -> i.target().toString().equals("forum-post:" + id)).singleElement()
                    .satisfies(i -> {
                        assertThat(i.flagCount()).isGreaterThanOrEqualTo(2);
                        assertThat(i.hidden()).isFalse();
                        assertThat(i.where()).isNotBlank();
                    });
        }
        assertThat(queue).extracting(i -> i.target().toString()).doesNotContain("forum-post:" + result.hiddenPostId());
        assertThat(as("demo-generator@thirdspace.test", "ADMIN", () -> forum.post(result.hiddenPostId())).hidden())
                .isTrue();

        // the author was told, and the audit log has the hide and the locks
        String author = population.persons().stream().filter(p -> p.personId() == result.hiddenAuthorPersonId())
                .findFirst().orElseThrow().email();
        assertThat(as(author, "MEMBER", () -> moderation.myNotices()))
                .anySatisfy(n -> {
                    assertThat(n.target().toString()).isEqualTo("forum-post:" + result.hiddenPostId());
                    assertThat(n.outcome()).isEqualTo(org.thirdspace.moderation.ModerationActionType.HIDE);
                    assertThat(n.message()).contains("hidden");
                });
        var hides = as(DemoCaseStudies.MODERATOR, "MODERATOR", () -> audit.search(new org.thirdspace.audit.AuditQuery(
                null, "moderation.hide", "forum-post", null, null, null), 0, 100)).entries();
        assertThat(hides).anySatisfy(e -> {
            assertThat(e.target().id()).isEqualTo(Long.toString(result.hiddenPostId()));
            assertThat(e.actorLabel()).isEqualTo("Morgan Reyes");
        });
        assertThat(result.locks()).hasSizeGreaterThanOrEqualTo(4);
        for (var lock : result.locks()) {
            long accountId = people.find(lock.personId()).orElseThrow().accountId();
            assertThat(trust.levelOf(accountId)).isEqualTo(lock.level());
            assertThat(as(DemoCaseStudies.MODERATOR, "MODERATOR", () -> audit.search(new org.thirdspace.audit.AuditQuery(
                    lock.reason(), "trust.lock", "account", null, null, null), 0, 10)).entries())
                    .anySatisfy(e -> assertThat(e.target().id()).isEqualTo(Long.toString(accountId)));
        }

        // every level among the demo members; the broker's flags count for automatic hiding
        var levels = population.persons().stream()
                .map(p -> trust.levelOf(people.find(p.personId()).orElseThrow().accountId())).distinct().toList();
        assertThat(levels).containsExactlyInAnyOrder(org.thirdspace.trust.TrustLevel.values());
        long broker = people.find(population.persons().stream().filter(p -> p.email().equals(DemoCaseStudies.BROKER))
                .findFirst().orElseThrow().personId()).orElseThrow().accountId();
        assertThat(trust.isTrustedFlagger(broker)).isTrue();

        // the seeded choices are the same for the same seed
        assertThat(DemoModeration.plan(new Random(46), population.persons()))
                .isEqualTo(DemoModeration.plan(new Random(46), population.persons()))
                .isNotEqualTo(DemoModeration.plan(new Random(47), population.persons()));
    }

    @Test
    void caseStudiesInEveryStateWithWorkForTheDemoLogins() {
        List<Long> ids = generated().population().caseStudies();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
        List<CaseStudy> all = caseStudies.findAllById(ids);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // about 60% with a published version, some of them with a newer draft or revision in review on top
        long published = all.stream().filter(CaseStudy::published).count();
        assertThat(published).isBetween(all.size() * 50L / 100, all.size() * 70L / 100);
        assertThat(all).filteredOn(c -> !c.published() && c.status() == CaseStudyStatus.IN_REVIEW)
                .hasSizeGreaterThanOrEqualTo(all.size() / 10);
        assertThat(all).filteredOn(c -> !c.published() && c.status() == CaseStudyStatus.DRAFT)
                .hasSizeGreaterThanOrEqualTo(all.size() / 5);
        List<CaseStudy> newer = all.stream().filter(c -> c.published() && c.headRevisionNo() > c.publishedRevisionNo())
                .toList();
        assertThat(newer).extracting(CaseStudy::status)
                .contains(CaseStudyStatus.DRAFT, CaseStudyStatus.IN_REVIEW).doesNotContain(CaseStudyStatus.PUBLISHED);
        assertThat(all).filteredOn(CaseStudy::published).extracting(CaseStudy::reviewDueOn).doesNotContainNull();
        long pastDue = all.stream().filter(c -> c.published() && !c.reviewDueOn().isAfter(today)).count();
        assertThat(pastDue).isGreaterThanOrEqualTo(5).isLessThan(published / 2);
        assertThat(all.stream().mapToInt(CaseStudy::headRevisionNo).average().orElse(0)).isGreaterThan(2);

        // the demo member writes three: a draft, one in review, one published after changes were requested
        List<CaseStudySummary> mine = as(DemoCaseStudies.MEMBER, "MEMBER", () -> service.mine());
        assertThat(mine).anySatisfy(s -> {
            assertThat(s.status()).isEqualTo(CaseStudyStatus.DRAFT);
            assertThat(s.publishedRevision()).isNull();
        }).anySatisfy(s -> assertThat(s.status()).isEqualTo(CaseStudyStatus.IN_REVIEW))
                .anySatisfy(s -> assertThat(s.status()).isEqualTo(CaseStudyStatus.PUBLISHED));
        long publishedAfterChanges = mine.stream().filter(s -> s.status() == CaseStudyStatus.PUBLISHED)
                .map(s -> as(DemoCaseStudies.MEMBER, "MEMBER", () -> service.require(s.id())))
                .filter(d -> d.reviews().stream().anyMatch(r -> r.decision() == ReviewDecision.CHANGES_REQUESTED)
                        && d.reviews().stream().anyMatch(r -> r.decision() == ReviewDecision.APPROVED))
                .count();
        assertThat(publishedAfterChanges).isPositive();
        // the broker co-authors a published one with a newer draft
        assertThat(as(DemoCaseStudies.BROKER, "MEMBER", () -> service.mine()))
                .anySatisfy(s -> {
                    assertThat(s.status()).isEqualTo(CaseStudyStatus.DRAFT);
                    assertThat(s.publishedRevision()).isNotNull();
                });

        // the moderator's queue: case studies in review and ones past their review date
        List<QueueEntry> queue = as(DemoCaseStudies.MODERATOR, "MODERATOR", () -> service.reviewQueue());
        assertThat(queue).filteredOn(q -> ids.contains(q.caseStudy().id()))
                .hasSizeGreaterThanOrEqualTo(10)
                .anySatisfy(q -> assertThat(q.reason()).isEqualTo(QueueEntry.Reason.IN_REVIEW))
                .anySatisfy(q -> assertThat(q.reason()).isEqualTo(QueueEntry.Reason.DUE_FOR_REVIEW));

        // anonymous readers see neither the member's draft nor the working version of a published one
        long draft = mine.stream().filter(s -> s.status() == CaseStudyStatus.DRAFT && s.publishedRevision() == null)
                .findFirst().orElseThrow().id();
        SecurityContextHolder.clearContext();
        assertThat(service.details(draft)).isEmpty();
        CaseStudy open = newer.stream().filter(c -> c.groupId() == null).findFirst().orElseThrow();
        CaseStudyDetails seen = service.require(open.id());
        assertThat(seen.revision().number()).isEqualTo(open.publishedRevisionNo()).isLessThan(open.headRevisionNo());
        assertThat(seen.permissions().seesWorkingVersion()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameCaseStudiesAndTheyReadDifferently() {
        var population = generated().population();
        LocalDate day = LocalDate.of(2026, 11, 20);
        var first = new DemoCaseStudies.Plan(new Random(9), population, population.createdGroups(), day)
                .caseStudies(DemoCaseStudies.COUNT);
        var again = new DemoCaseStudies.Plan(new Random(9), population, population.createdGroups(), day)
                .caseStudies(DemoCaseStudies.COUNT);
        var other = new DemoCaseStudies.Plan(new Random(10), population, population.createdGroups(), day)
                .caseStudies(DemoCaseStudies.COUNT);

        assertThat(first).hasSize(DemoCaseStudies.COUNT).isEqualTo(again).isNotEqualTo(other);
        List<CaseStudyDraft> heads = first.stream().map(c -> c.head().draft()).toList();
        assertThat(heads).extracting(CaseStudyDraft::title).doesNotHaveDuplicates();
        for (CaseStudyField field : List.of(CaseStudyField.PROBLEM, CaseStudyField.ACTIVITIES, CaseStudyField.LESSONS)) {
            assertThat(heads.stream().map(d -> d.fields().get(field)).distinct().count()).as(field.code())
                    .isGreaterThan(DemoCaseStudies.COUNT * 7L / 10);
        }
        // short and long ones, tables, wiki links (some to case studies nobody has written yet)
        assertThat(heads).anySatisfy(d -> assertThat(d.fields()).hasSizeLessThanOrEqualTo(6))
                .anySatisfy(d -> assertThat(d.fields()).hasSize(CaseStudyField.values().length))
                .anySatisfy(d -> assertThat(d.fields().get(CaseStudyField.RESOURCES_AND_COSTS)).contains("|---|"))
                .anySatisfy(d -> assertThat(String.join(" ", d.fields().values())).contains("[["));
        assertThat(first).allSatisfy(c -> assertThat(c.revisions().getLast().createdAt())
                .isBefore(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    @Test
    void forumsWithAnsweredQuestionsLongThreadsPrivateGroupForumsAndUnreadPostsForTheDemoLogins() {
        var population = generated().population();
        List<Long> ids = population.forumTopics();
        assertThat(ids).hasSizeBetween(280, 420).doesNotHaveDuplicates();
        String in = "(" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";
        int questions = count("SELECT COUNT(*) FROM forum_topic WHERE kind = 'QUESTION' AND id IN " + in);
        int accepted = count("SELECT COUNT(*) FROM forum_topic WHERE accepted_post_id IS NOT NULL AND id IN " + in);
        assertThat(accepted).isBetween(questions * 4 / 10, questions * 9 / 10);
        assertThat(count("SELECT COUNT(*) FROM forum_topic WHERE kind = 'QUESTION' AND reply_count = 0 AND id IN " + in))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM forum_topic WHERE reply_count >= 60 AND id IN " + in))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT MAX(reply_count) FROM forum_topic WHERE id IN " + in)).isBetween(100, 150);
        // group forums, private ones among them
        List<Long> privateGroups = population.createdGroups().stream()
                .filter(g -> g.group().draft().visibility() == org.thirdspace.groups.GroupVisibility.PRIVATE)
                .map(DemoGroups.Created::id).toList();
        assertThat(count("SELECT COUNT(DISTINCT group_id) FROM forum_topic WHERE id IN " + in)).isGreaterThan(10);
        assertThat(jdbc.queryForList("SELECT DISTINCT group_id FROM forum_topic WHERE group_id IS NOT NULL AND id IN "
                + in, Long.class)).containsAnyElementsOf(privateGroups);
        // the denormalised columns agree with the posts
        assertThat(count("SELECT COUNT(*) FROM forum_topic t WHERE t.id IN " + in + " AND (t.reply_count <>"
                + " (SELECT COUNT(*) FROM forum_post p WHERE p.topic_id = t.id AND p.post_number > 1"
                + " AND p.deleted_at IS NULL) OR t.last_post_number <> (SELECT MAX(post_number) FROM forum_post p"
                + " WHERE p.topic_id = t.id) OR t.last_posted_at < t.created_at)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM forum_topic t JOIN forum_post p ON p.id = t.accepted_post_id"
                + " WHERE t.id IN " + in + " AND (p.topic_id <> t.id OR p.post_number = 1 OR p.deleted_at IS NOT NULL)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM forum_post p WHERE p.topic_id IN " + in + " AND p.helpful_count <>"
                + " (SELECT COUNT(*) FROM forum_reaction r WHERE r.post_id = p.id)")).isZero();
        // the rest of a lived-in forum: edits with history, removals with a reason, mentions, quotes, pins
        assertThat(count("SELECT COUNT(*) FROM forum_post p JOIN forum_post_revision r ON r.post_id = p.id"
                + " WHERE p.topic_id IN " + in + " AND p.revision_count = 1 AND r.number = 1")).isGreaterThan(10);
        assertThat(count("SELECT COUNT(*) FROM forum_post WHERE deleted_at IS NOT NULL AND delete_reason IS NOT NULL"
                + " AND topic_id IN " + in)).isGreaterThan(3);
        assertThat(count("SELECT COUNT(*) FROM forum_mention m JOIN forum_post p ON p.id = m.post_id WHERE p.topic_id IN "
                + in)).isGreaterThan(20);
        assertThat(count("SELECT COUNT(*) FROM forum_post WHERE quoted_post_id IS NOT NULL AND topic_id IN " + in))
                .isGreaterThan(20);
        assertThat(count("SELECT COUNT(*) FROM forum_topic WHERE pinned AND id IN " + in)).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM forum_topic WHERE closed AND id IN " + in)).isGreaterThanOrEqualTo(5);
        // the demo member: topics of their own, watched forums and unread posts
        long sam = population.persons().stream().filter(p -> p.email().equals(DemoForum.MEMBER)).findFirst()
                .orElseThrow().personId();
        assertThat(count("SELECT COUNT(*) FROM forum_topic WHERE author_person_id = " + sam + " AND id IN " + in))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM forum_topic WHERE author_person_id = " + sam
                + " AND accepted_post_id IS NOT NULL AND id IN " + in)).isPositive();
        assertThat(jdbc.queryForList("SELECT target_key FROM forum_watch WHERE person_id = " + sam, String.class))
                .anyMatch(k -> k.startsWith("category:")).anyMatch(k -> k.startsWith("group:"))
                .anyMatch(k -> k.startsWith("topic:"));
        assertThat(count("SELECT COUNT(*) FROM forum_read_state r JOIN forum_topic t ON t.id = r.topic_id"
                + " WHERE r.person_id = " + sam + " AND r.last_read_number < t.last_post_number")).isGreaterThan(3);
        // ... as the forum service sees them: an unread badge, and the broker's answer accepted on their question
        assertThat(as(DemoForum.MEMBER, "MEMBER", () -> watching.unread()).unreadPosts()).isPositive();
        long priya = population.persons().stream().filter(p -> p.email().equals(DemoForum.BROKER)).findFirst()
                .orElseThrow().personId();
        long question = jdbc.queryForObject("SELECT MIN(t.id) FROM forum_topic t JOIN forum_post p"
                + " ON p.id = t.accepted_post_id WHERE t.author_person_id = " + sam + " AND p.author_person_id = " + priya
                + " AND t.id IN " + in, Long.class);
        var page = as(DemoForum.MEMBER, "MEMBER", () -> forum.page(question, 1));
        assertThat(page.topic().acceptedAnswer().authorName()).isEqualTo("Priya Natarajan");
        assertThat(page.posts().getFirst().authorPersonId()).isEqualTo(sam);
    }

    @Test
    void theSameSeedGivesTheSameForums() {
        var population = generated().population();
        LocalDate day = LocalDate.of(2026, 11, 20);
        java.util.Map<String, Long> categories = new java.util.LinkedHashMap<>();
        for (int i = 0; i < DemoForumTexts.CATEGORIES.size(); i++) {
            categories.put(DemoForumTexts.CATEGORIES.get(i).slug(), 1000L + i);
        }
        java.util.function.LongFunction<String> names = id -> "Person " + id;
        var first = new DemoForum.Plan(new Random(5), population, population.createdGroups(), day, categories, names)
                .topics();
        var again = new DemoForum.Plan(new Random(5), population, population.createdGroups(), day, categories, names)
                .topics();
        var other = new DemoForum.Plan(new Random(6), population, population.createdGroups(), day, categories, names)
                .topics();
        assertThat(first).isEqualTo(again).isNotEqualTo(other);
        // replies read differently: most texts occur once
        var texts = first.stream().flatMap(t -> t.posts().stream()).map(org.thirdspace.forum.ImportedPost::markdown)
                .toList();
        assertThat(texts.stream().distinct().count()).isGreaterThan(texts.size() * 6L / 10);
        assertThat(first).allSatisfy(t -> assertThat(t.posts().getLast().createdAt())
                .isBefore(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void doesNothingWhenTheDatabaseHasInstitutionsAlready() {
        institutions.register(new NewInstitution("Lark Rise Primary School", Sector.PRIMARY_SCHOOL, Region.WALES,
                "Cardiff", "CF10 1AA", new GeoPoint(51.48, -3.18), null, null));
        long institutionsBefore = institutions.count();
        long peopleBefore = people.count();
        ApplicationArguments none = new DefaultApplicationArguments();

        generator(new DemoDataProperties(true, 1L, 30, 5, null)).run(none);

        assertThat(institutions.count()).isEqualTo(institutionsBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
    }

    @Test
    void fourNeedsOfTheDemoMemberOneTakenOnByTheBrokerAndOneMatched() {
        generated();
        List<Long> ids = demoNeeds.generate();
        assertThat(ids).hasSize(4);
        var board = as(DemoCaseStudies.BROKER, "BROKER", () -> ids.stream()
                .map(id -> needs.require(id)).toList());
        assertThat(board).extracting(n -> n.status()).containsExactly(org.thirdspace.needs.NeedStatus.OPEN,
                org.thirdspace.needs.NeedStatus.IN_PROGRESS, org.thirdspace.needs.NeedStatus.CLOSED,
                org.thirdspace.needs.NeedStatus.OPEN);
        assertThat(board.get(2).outcome()).isEqualTo(org.thirdspace.needs.NeedOutcome.MATCHED);
        assertThat(board.get(3).onBehalfOf().kind()).isEqualTo(org.thirdspace.needs.NeedBehalf.Kind.GROUP);
        assertThat(board.getFirst().lastResponseAt()).isNull();
    }

    /** What generate() made; it runs once per database, since the named logins can exist only once. */
    @Test
    void glossaryTermsAndTwoGapsOneOfThemAnswered() {
        var created = demoGlossaryAndGaps.generate(generated().population().caseStudies());
        try {
            assertThat(created.glossaryTermIds()).hasSize(5);
            assertThat(glossary.search("", 0, 200).items()).extracting(e -> e.term())
                    .contains("Third space", "Boundary spanner", "ITE", "MAT");
            assertThat(glossary.search("partnership manager", 0, 10).items()).extracting(e -> e.term())
                    .containsExactly("Boundary spanner");
            var board = as(DemoCaseStudies.MEMBER, "MEMBER", () -> created.gapIds().stream()
                    .map(id -> gaps.require(id)).toList());
            assertThat(board).extracting(g -> g.status()).containsExactly(org.thirdspace.gaps.GapStatus.OPEN,
                    org.thirdspace.gaps.GapStatus.ANSWERED);
            assertThat(board.get(1).answers()).hasSize(1);
            assertThat(board.getFirst().facets()).containsKey(org.thirdspace.gaps.GapFacet.REGION);
        } finally {
            // other tests in this JVM read case-study pages: leave no glossary terms behind to mark them
            as(DemoCaseStudies.MODERATOR, "MODERATOR", () -> created.glossaryTermIds().forEach(glossary::delete));
        }
    }

    record Generated(Population population, long institutionsBefore, long institutionsAfter, long peopleBefore,
            long peopleAfter) {
    }

    private static Generated generated;
    private static RuntimeException failed;

    private synchronized Generated generated() {
        if (failed != null) {
            throw new IllegalStateException("generating the demo data failed in an earlier test", failed);
        }
        if (generated == null) {
            long institutionsBefore = institutions.count();
            long peopleBefore = people.count();
            var generator = generator(new DemoDataProperties(true, 42L, 40, 160, "Partnership-demo-2026"));
            try {
                var population = as("demo-generator@thirdspace.test", "ADMIN", generator::generate);
                generated = new Generated(population, institutionsBefore, institutions.count(), peopleBefore,
                        people.count());
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            }
        }
        return generated;
    }

    private DemoDataGenerator generator(DemoDataProperties properties) {
        return new DemoDataGenerator(properties, institutions, people, accounts, vocabularies, demoGroups,
                demoCaseStudies, demoForum, demoGlossaryAndGaps, demoCollections, demoModeration, demoNeeds);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
