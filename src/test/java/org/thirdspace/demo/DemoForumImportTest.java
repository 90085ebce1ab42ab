package org.thirdspace.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumImport;
import org.thirdspace.forum.ForumImport.ImportedCategory;
import org.thirdspace.forum.ForumImport.ImportedReadMark;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.ImportedPost;
import org.thirdspace.forum.ImportedTopic;
import org.thirdspace.forum.Mentionable;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.forum.TopicPage;
import org.thirdspace.forum.WatchTarget;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The import the demo forums are written with: what it writes reads back through the forum
 * service as if it had been posted (history, removal, accepted answer, reactions, mentions,
 * read state), and a wrong past is refused with nothing written.
 */
@IntegrationTest
class DemoForumImportTest {

    private static final String ADMIN = "forum-import-admin@thirdspace.test";

    @Autowired
    ForumImport imports;
    @Autowired
    ForumService forum;
    @Autowired
    ForumWatching watching;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImportedTopicReadsBackLikeAPostedOne() {
        Someone asker = ProfileFixtures.person(accounts, people, "Ilsa Importer");
        Someone helper = ProfileFixtures.person(accounts, people, "Hal Helper");
        Someone moderator = ProfileFixtures.person(accounts, people, "Mo Importmod");
        long category = category("import-readback");
        Instant t = Instant.now().minus(Duration.ofDays(30));
        String mention = new Mentionable(asker.personId(), "Ilsa Importer", null).token();
        ImportedTopic topic = new ImportedTopic(ForumKey.category(category), TopicKind.QUESTION,
                "  How do imported   questions look?  ", List.of("Demo", "import"),
                List.of(ImportedPost.of(asker.personId(), "Asking **before** anyone else.", t),
                        new ImportedPost(helper.personId(), "Like this, " + mention + ".", t.plusSeconds(3600), 1,
                                List.of(new ImportedPost.Edit("Like this, " + mention + ". With a link now.",
                                        helper.personId(), t.plusSeconds(7200), "Added a link")),
                                null, List.of(new ImportedPost.Reaction(asker.personId(), t.plusSeconds(8000)))),
                        new ImportedPost(moderator.personId(), "Buy our course!", t.plusSeconds(9000), null, List.of(),
                                new ImportedPost.Removal(moderator.personId(), t.plusSeconds(9500), "Advertising"),
                                List.of()),
                        ImportedPost.of(asker.personId(), "Thanks!", t.plusSeconds(10_000)),
                        ImportedPost.of(helper.personId(), "You're welcome.", t.plusSeconds(20_000))),
                2, false, false, false);

        long id = as(ADMIN, "ADMIN", () -> imports.importTopics(List.of(topic))).getFirst();

        TopicPage page = as(helper.email(), "MEMBER", () -> forum.page(id, 1));
        assertThat(page.topic().summary().title()).isEqualTo("How do imported questions look?");
        assertThat(page.topic().summary().tags()).containsExactly("demo", "import");
        assertThat(page.topic().summary().replyCount()).isEqualTo(3);
        assertThat(page.topic().summary().lastPostNumber()).isEqualTo(5);
        assertThat(page.topic().summary().lastPosterPersonId()).isEqualTo(helper.personId());
        assertThat(page.topic().summary().solved()).isTrue();
        assertThat(page.topic().acceptedAnswer().authorPersonId()).isEqualTo(helper.personId());
        Post answer = page.posts().get(1);
        assertThat(answer.revisionCount()).isEqualTo(1);
        assertThat(answer.helpfulCount()).isEqualTo(1);
        assertThat(answer.quotedPostNumber()).isEqualTo(1);
        assertThat(answer.html()).contains("With a link now");
        assertThat(page.posts().get(2).removed()).isTrue();
        assertThat(as(helper.email(), "MEMBER", () -> forum.history(answer.id())))
                .extracting(v -> v.reason()).containsExactly(null, "Added a link");
        assertThat(jdbc.queryForList("SELECT person_id FROM forum_mention WHERE post_id = ?", Long.class, answer.id()))
                .containsExactly(asker.personId());

        // writers watch the topic and have read it up to their last post: the asker has one unread reply
        assertThat(as(asker.email(), "MEMBER", () -> watching.isWatching(WatchTarget.topic(id)))).isTrue();
        assertThat(as(asker.email(), "MEMBER", () -> forum.topic(id)).lastReadNumber()).isEqualTo(4);
        // read marks only move forward
        as(ADMIN, "ADMIN", () -> imports.importReading(List.of(), List.of(
                new ImportedReadMark(asker.personId(), id, 2, t.plusSeconds(30_000)),
                new ImportedReadMark(helper.personId(), id, 5, t.plusSeconds(30_000))), List.of()));
        assertThat(as(asker.email(), "MEMBER", () -> forum.topic(id)).lastReadNumber()).isEqualTo(4);
    }

    @Test
    void aWrongPastIsRefusedAndNothingIsWritten() {
        Someone asker = ProfileFixtures.person(accounts, people, "Wanda Wrongpast");
        Someone helper = ProfileFixtures.person(accounts, people, "Will Wrongpast");
        long category = category("import-refused");
        Instant t = Instant.now().minus(Duration.ofDays(3));
        ImportedTopic good = new ImportedTopic(ForumKey.category(category), TopicKind.QUESTION, "A fine question",
                List.of(), List.of(ImportedPost.of(asker.personId(), "Fine?", t),
                        ImportedPost.of(helper.personId(), "Fine.", t.plusSeconds(60))), 2, false, false, false);
        int before = topicsIn(category);

        // the accepted answer is the question itself
        ImportedTopic selfAnswer = new ImportedTopic(good.forum(), TopicKind.QUESTION, "Answers itself", List.of(),
                good.posts(), 1, false, false, false);
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> imports.importTopics(List.of(good, selfAnswer))))
                .isInstanceOf(ForumException.class);
        // replies older than the question
        ImportedTopic backwards = new ImportedTopic(good.forum(), TopicKind.DISCUSSION, "Backwards", List.of(),
                List.of(ImportedPost.of(asker.personId(), "Later", t),
                        ImportedPost.of(helper.personId(), "Earlier", t.minusSeconds(60))), null, false, false, false);
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> imports.importTopics(List.of(good, backwards))))
                .isInstanceOf(IllegalArgumentException.class);
        // a reaction by the post's own author, an empty post, a person who does not exist
        ImportedTopic ownHelpful = new ImportedTopic(good.forum(), TopicKind.DISCUSSION, "Self praise", List.of(),
                List.of(new ImportedPost(asker.personId(), "Me", t, null, List.of(), null,
                        List.of(new ImportedPost.Reaction(asker.personId(), t)))), null, false, false, false);
        ImportedTopic empty = new ImportedTopic(good.forum(), TopicKind.DISCUSSION, "Empty", List.of(),
                List.of(ImportedPost.of(asker.personId(), "   ", t)), null, false, false, false);
        ImportedTopic nobody = new ImportedTopic(good.forum(), TopicKind.DISCUSSION, "Nobody", List.of(),
                List.of(ImportedPost.of(987_654_321L, "Who am I?", t)), null, false, false, false);
        for (ImportedTopic bad : List.of(ownHelpful, empty, nobody)) {
            assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> imports.importTopics(List.of(good, bad))))
                    .isInstanceOf(ForumException.class);
        }
        // an unknown category fails at the database: the whole call rolls back
        ImportedTopic nowhere = new ImportedTopic(ForumKey.category(987_654_321L), TopicKind.DISCUSSION, "Nowhere",
                List.of(), good.posts(), null, false, false, false);
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> imports.importTopics(List.of(good, nowhere))))
                .isInstanceOf(ForumException.class)
                .satisfies(e -> assertThat(((ForumException) e).kind()).isEqualTo(ForumException.Kind.NOT_FOUND));
        assertThat(topicsIn(category)).isEqualTo(before);
        // members may not import at all
        assertThatThrownBy(() -> as(asker.email(), "MEMBER", () -> imports.importTopics(List.of(good))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(topicsIn(category)).isEqualTo(before);
    }

    private long category(String slug) {
        String unique = slug + "-" + System.nanoTime() % 1_000_000;
        return as(ADMIN, "ADMIN", () -> imports.importCategories(List.of(new ImportedCategory(
                new CategoryDraft(unique, "Imported " + unique, null, CategoryVisibility.PUBLIC, null, false),
                Instant.now().minus(Duration.ofDays(60)))))).getFirst();
    }

    private int topicsIn(long category) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM forum_topic WHERE category_id = ?", Integer.class, category);
    }
}
