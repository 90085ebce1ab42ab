package org.thirdspace.forum.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.TopicChanged;
import org.thirdspace.forum.TopicKind;

/**
 * Forum content for the search tests, written as rows of the V90 schema with a
 * {@link TopicChanged} published in the same transaction (as the forum service does), so the
 * index's listeners see exactly what the service would commit.
 */
final class ForumContent {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ForumContent(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    record Topic(long id, long firstPostId) {
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    long category(String name, CategoryVisibility visibility) {
        return tx.execute(s -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into forum_category (slug, name, visibility, position, archived, created_at, version)
                    values (:slug, :name, :visibility, 0, false, :now, 0)""")
                    .param("slug", name.toLowerCase().replaceAll("[^a-z0-9]+", "-"))
                    .param("name", name).param("visibility", visibility.name()).param("now", now())
                    .update(keys, "id");
            return Objects.requireNonNull(keys.getKey()).longValue();
        });
    }

    Topic topic(ForumKey forum, TopicKind kind, String title, long authorPersonId, String markdown, String... tags) {
        return tx.execute(s -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into forum_topic (category_id, group_id, kind, title, author_person_id, created_at,
                        last_post_number, last_posted_at, reply_count, pinned, locked, closed, last_poster_person_id,
                        version)
                    values (:category, :group, :kind, :title, :author, :now, 1, :now, 0, false, false, false, :author, 0)""")
                    .param("category", forum.categoryId()).param("group", forum.groupId()).param("kind", kind.name())
                    .param("title", title).param("author", authorPersonId).param("now", now())
                    .update(keys, "id");
            long topicId = Objects.requireNonNull(keys.getKey()).longValue();
            for (String tag : tags) {
                jdbc.sql("insert into forum_topic_tag (topic_id, tag) values (:t, :tag)")
                        .param("t", topicId).param("tag", tag).update();
            }
            long postId = insertPost(topicId, 1, authorPersonId, markdown);
            events.publishEvent(new TopicChanged(topicId));
            return new Topic(topicId, postId);
        });
    }

    /** A reply; returns its post id. */
    long reply(long topicId, long authorPersonId, String markdown) {
        return tx.execute(s -> {
            int number = jdbc.sql("select last_post_number from forum_topic where id = :t").param("t", topicId)
                    .query(Integer.class).single() + 1;
            long postId = insertPost(topicId, number, authorPersonId, markdown);
            jdbc.sql("""
                    update forum_topic set last_post_number = :n, last_posted_at = :now, reply_count = reply_count + 1,
                        last_poster_person_id = :author, version = version + 1 where id = :t""")
                    .param("n", number).param("now", now()).param("author", authorPersonId).param("t", topicId).update();
            events.publishEvent(new TopicChanged(topicId));
            return postId;
        });
    }

    int postNumber(long postId) {
        return jdbc.sql("select post_number from forum_post where id = :p").param("p", postId).query(Integer.class).single();
    }

    void remove(long postId, long byPersonId) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    update forum_post set deleted_at = :now, deleted_by_person_id = :by, delete_reason = 'test',
                        version = version + 1 where id = :p""")
                    .param("now", now()).param("by", byPersonId).param("p", postId).update();
            jdbc.sql("update forum_topic set reply_count = reply_count - 1 where id = (select topic_id from forum_post where id = :p)")
                    .param("p", postId).update();
            events.publishEvent(new TopicChanged(topicOf(postId)));
        });
    }

    void accept(long topicId, long postId) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("update forum_topic set accepted_post_id = :p, version = version + 1 where id = :t")
                    .param("p", postId).param("t", topicId).update();
            events.publishEvent(new TopicChanged(topicId));
        });
    }

    void merge(long duplicateId, long survivorId) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("update forum_topic set merged_into_id = :s, closed = true, version = version + 1 where id = :d")
                    .param("s", survivorId).param("d", duplicateId).update();
            events.publishEvent(new TopicChanged(duplicateId));
            events.publishEvent(new TopicChanged(survivorId));
        });
    }

    /** Moves posts to another topic (as a split does), renumbering them after its last post. */
    void movePosts(List<Long> postIds, long toTopicId) {
        tx.executeWithoutResult(s -> {
            long from = topicOf(postIds.getFirst());
            int number = jdbc.sql("select last_post_number from forum_topic where id = :t").param("t", toTopicId)
                    .query(Integer.class).single();
            for (Long postId : postIds) {
                number++;
                jdbc.sql("update forum_post set topic_id = :t, post_number = :n, version = version + 1 where id = :p")
                        .param("t", toTopicId).param("n", number).param("p", postId).update();
            }
            jdbc.sql("update forum_topic set last_post_number = :n where id = :t").param("n", number)
                    .param("t", toTopicId).update();
            events.publishEvent(new TopicChanged(from));
            events.publishEvent(new TopicChanged(toTopicId));
        });
    }

    private long topicOf(long postId) {
        return jdbc.sql("select topic_id from forum_post where id = :p").param("p", postId).query(Long.class).single();
    }

    private long insertPost(long topicId, int number, long authorPersonId, String markdown) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into forum_post (topic_id, post_number, author_person_id, markdown, created_at, revision_count,
                    helpful_count, version)
                values (:t, :n, :author, :markdown, :now, 0, 0, 0)""")
                .param("t", topicId).param("n", number).param("author", authorPersonId).param("markdown", markdown)
                .param("now", Timestamp.valueOf(now())).update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }
}
