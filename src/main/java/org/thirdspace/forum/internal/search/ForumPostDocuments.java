package org.thirdspace.forum.internal.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.markdown.MarkdownWords;
import org.thirdspace.search.MarkedHighlights;

/**
 * Reads what the {@code forum-posts} index holds straight from the forum tables (V90): one
 * document per post that is not removed nor hidden pending review, in a topic that exists and was not merged, carrying its
 * topic's fields and the audience that may see it (its category's visibility, or its group's
 * from {@code GroupService.refsForIndex}). No permission checks: the index holds private groups'
 * posts too and every search filters by audience.
 * <p>
 * Two stamps let the index be kept in step cheaply: {@code post_stamp} changes when the post
 * changes (version, revision count, edit time, number, author), {@code topic_stamp} when any
 * topic field a document carries changes (title, tags, kind, accepted answer, place, audience,
 * author). A topic's last activity and reply count are deliberately not in the documents: they
 * change with every reply, and would make each reply rewrite every post of its topic.
 */
@Component
@Transactional(readOnly = true)
public class ForumPostDocuments {

    private final JdbcClient jdbc;
    private final GroupService groups;

    ForumPostDocuments(JdbcClient jdbc, GroupService groups) {
        this.jdbc = jdbc;
        this.groups = groups;
    }

    /** A topic as its documents carry it; {@code tags} sorted, {@code groupVisibility} null for categories. */
    record TopicRow(long id, Long categoryId, Long groupId, TopicKind kind, String title, long authorPersonId,
            boolean solved, String categoryVisibility, String groupVisibility, List<String> tags) {

        String stamp() {
            return hash(String.join("\u0001", title, kind.name(), Boolean.toString(solved),
                    String.valueOf(categoryId), String.valueOf(groupId), String.valueOf(categoryVisibility),
                    String.valueOf(groupVisibility), Long.toString(authorPersonId), String.join(",", tags)));
        }
    }

    private record PostRow(long id, long topicId, int number, long authorPersonId, String markdown, Instant postedAt,
            String stamp) {
    }

    /** How many documents a full rebuild writes: posts not removed, of topics not merged. */
    public long count() {
        return jdbc.sql("""
                select count(*) from forum_post p join forum_topic t on t.id = p.topic_id
                where p.deleted_at is null and p.hidden_at is null and t.merged_into_id is null""").query(Long.class).single();
    }

    /** Ids of topics that are not merged, after {@code afterId}, ascending, at most {@code limit}. */
    List<Long> liveTopicIdsAfter(long afterId, int limit) {
        return jdbc.sql("""
                select id from forum_topic where merged_into_id is null and id > :after order by id limit :limit""")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    /** Ids of the topics of a group's forum (merged or not). */
    List<Long> topicIdsOfGroup(long groupId) {
        return jdbc.sql("select id from forum_topic where group_id = :group order by id")
                .param("group", groupId).query(Long.class).list();
    }

    /** The stamp of a topic's documents; empty when the topic does not exist or was merged. */
    Optional<String> topicStamp(long topicId) {
        return Optional.ofNullable(topics(List.of(topicId)).get(topicId)).map(TopicRow::stamp);
    }

    /** The post stamps of a topic's indexable posts by post id (empty for a merged or unknown topic). */
    Map<Long, String> postStamps(long topicId) {
        Map<Long, String> stamps = new LinkedHashMap<>();
        jdbc.sql("""
                select p.id, p.version, p.revision_count, p.edited_at, p.post_number, p.author_person_id
                from forum_post p join forum_topic t on t.id = p.topic_id
                where p.topic_id = :topic and p.deleted_at is null and p.hidden_at is null and t.merged_into_id is null
                order by p.id""")
                .param("topic", topicId)
                .query((rs, n) -> stamps.put(rs.getLong("id"), postStamp(rs)))
                .list();
        return stamps;
    }

    /** The current documents of the posts among {@code postIds} that are indexable, by post id; others are absent. */
    Map<Long, Map<String, Object>> documents(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        List<PostRow> posts = jdbc.sql("""
                select id, topic_id, post_number, author_person_id, markdown, created_at, version, revision_count,
                       edited_at
                from forum_post where id in (:ids) and deleted_at is null and hidden_at is null order by id""")
                .param("ids", List.copyOf(new LinkedHashSet<>(postIds)))
                .query(ForumPostDocuments::post)
                .list();
        Map<Long, TopicRow> topics = topics(posts.stream().map(PostRow::topicId).distinct().toList());
        Map<Long, Map<String, Object>> out = new LinkedHashMap<>();
        for (PostRow post : posts) {
            TopicRow topic = topics.get(post.topicId());
            if (topic != null) {
                out.put(post.id(), document(topic, post));
            }
        }
        return out;
    }

    /** Every document of the given topics (not merged ones), reading posts {@code page} at a time. */
    void forEachDocument(List<Long> topicIds, int page, BiConsumer<Long, Map<String, Object>> consumer) {
        Map<Long, TopicRow> topics = topics(topicIds);
        if (topics.isEmpty()) {
            return;
        }
        long after = 0;
        while (true) {
            List<PostRow> posts = jdbc.sql("""
                    select id, topic_id, post_number, author_person_id, markdown, created_at, version, revision_count,
                           edited_at
                    from forum_post where topic_id in (:topics) and deleted_at is null and hidden_at is null and id > :after
                    order by id limit :limit""")
                    .param("topics", List.copyOf(topics.keySet())).param("after", after).param("limit", page)
                    .query(ForumPostDocuments::post)
                    .list();
            if (posts.isEmpty()) {
                return;
            }
            for (PostRow post : posts) {
                consumer.accept(post.id(), document(topics.get(post.topicId()), post));
            }
            after = posts.getLast().id();
        }
    }

    /** Topics that exist and are not merged, with their tags and audience, by id. */
    Map<Long, TopicRow> topics(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(topicIds));
        record Row(long id, Long categoryId, Long groupId, String kind, String title, long author, boolean accepted,
                String categoryVisibility) {
        }
        List<Row> rows = jdbc.sql("""
                select t.id, t.category_id, t.group_id, t.kind, t.title, t.author_person_id, t.accepted_post_id,
                       c.visibility as category_visibility
                from forum_topic t left join forum_category c on c.id = t.category_id
                where t.id in (:ids) and t.merged_into_id is null""")
                .param("ids", ids)
                .query((rs, n) -> {
                    rs.getLong("accepted_post_id");
                    boolean accepted = !rs.wasNull();
                    return new Row(rs.getLong("id"), nullableLong(rs, "category_id"), nullableLong(rs, "group_id"),
                            rs.getString("kind"), rs.getString("title"), rs.getLong("author_person_id"), accepted,
                            rs.getString("category_visibility"));
                })
                .list();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, TreeSet<String>> tags = new HashMap<>();
        jdbc.sql("select topic_id, tag from forum_topic_tag where topic_id in (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2)))
                .list();
        Map<Long, GroupRef> refs = groups.refsForIndex(
                rows.stream().map(Row::groupId).filter(Objects::nonNull).distinct().toList());
        Map<Long, TopicRow> out = new LinkedHashMap<>();
        for (Row row : rows) {
            TopicKind kind = kind(row.kind());
            String groupVisibility = null;
            if (row.groupId() != null) {
                GroupRef ref = refs.get(row.groupId());
                // an unknown group: never show too much
                groupVisibility = ref == null ? GroupVisibility.PRIVATE.name() : ref.visibility().name();
            }
            out.put(row.id(), new TopicRow(row.id(), row.categoryId(), row.groupId(), kind,
                    MarkedHighlights.clean(row.title()), row.author(), kind == TopicKind.QUESTION && row.accepted(),
                    row.categoryVisibility(), groupVisibility, List.copyOf(tags.getOrDefault(row.id(), new TreeSet<>()))));
        }
        return out;
    }

    /** The index document of a post in its topic. */
    static Map<String, Object> document(TopicRow topic, PostRow post) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("post_id", post.id());
        doc.put("topic_id", topic.id());
        doc.put("post_number", post.number());
        doc.put("title", topic.title());
        doc.put("tags", topic.tags());
        doc.put("body", MarkedHighlights.clean(MarkdownWords.of(post.markdown())));
        doc.put("kind", topic.kind().name());
        doc.put("solved", topic.kind() == TopicKind.QUESTION ? Boolean.toString(topic.solved()) : null);
        doc.put("category_id", topic.categoryId());
        doc.put("group_id", topic.groupId());
        doc.put("category_visibility", topic.categoryVisibility());
        doc.put("group_visibility", topic.groupVisibility());
        doc.put("topic_author_id", topic.authorPersonId());
        doc.put("post_author_id", post.authorPersonId());
        doc.put("posted_at", post.postedAt() == null ? null : post.postedAt().toString());
        doc.put("post_stamp", post.stamp());
        doc.put("topic_stamp", topic.stamp());
        return doc;
    }

    private static PostRow post(ResultSet rs, int n) throws SQLException {
        return new PostRow(rs.getLong("id"), rs.getLong("topic_id"), rs.getInt("post_number"),
                rs.getLong("author_person_id"), rs.getString("markdown"), instant(rs, "created_at"), postStamp(rs));
    }

    private static String postStamp(ResultSet rs) throws SQLException {
        return rs.getLong("version") + "/" + rs.getInt("revision_count") + "/" + instant(rs, "edited_at") + "/"
                + rs.getInt("post_number") + "/" + rs.getLong("author_person_id");
    }

    /** Stored in UTC (hibernate.jdbc.time_zone). */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static TopicKind kind(String stored) {
        try {
            return stored == null ? TopicKind.DISCUSSION : TopicKind.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return TopicKind.DISCUSSION;
        }
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<List<T>> slices(List<T> items, int size) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            slices.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return slices;
    }
}
