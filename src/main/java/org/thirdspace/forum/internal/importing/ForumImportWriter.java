package org.thirdspace.forum.internal.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL side of {@code ForumImport}: batched inserts straight into the V90 tables, with the
 * topics' denormalised columns worked out from the rows. Callers check the content first and run
 * it in their transaction. Times are written as UTC date-times, as Hibernate writes them.
 */
@Component
public class ForumImportWriter {

    /** Statements per JDBC batch. */
    private static final int BATCH = 500;
    /** The one reaction kind there is (ADR 9). */
    public static final String HELPFUL = "helpful";

    public record CategoryRow(String slug, String name, String description, String visibility, int position,
            boolean archived, Instant createdAt) {
    }

    /** One topic to insert; {@code posts} in number order from 1. */
    public record TopicRows(Long categoryId, Long groupId, String kind, String title, List<String> tags,
            Integer acceptedNumber, boolean pinned, boolean locked, boolean closed, List<PostRow> posts) {
    }

    /** A post: its current text and edit fields, earlier versions (1 = original), removal, reactions, mentions. */
    public record PostRow(int number, long authorPersonId, String markdown, Integer quotedNumber, Instant createdAt,
            Instant editedAt, Long editedByPersonId, String editReason, List<VersionRow> earlier, Instant deletedAt,
            Long deletedByPersonId, String deleteReason, List<ReactionRow> helpful, Set<Long> mentioned) {
    }

    public record VersionRow(int number, String markdown, String reason, long editorPersonId, Instant writtenAt) {
    }

    public record ReactionRow(long personId, Instant createdAt) {
    }

    public record WatchRow(long personId, String targetKey, Instant createdAt) {
    }

    public record ReadRow(long personId, long topicId, int lastReadNumber, Instant readAt) {
    }

    public record VisitRow(long personId, String forumKey, Instant lastVisitAt, Instant previousVisitAt) {
    }

    private final JdbcTemplate jdbc;

    ForumImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ categories

    public boolean categorySlugTaken(String slug) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM forum_category WHERE slug = ?", Integer.class, slug);
        return n != null && n > 0;
    }

    public int nextCategoryPosition() {
        Integer max = jdbc.queryForObject("SELECT MAX(position) FROM forum_category", Integer.class);
        return max == null ? 1 : max + 1;
    }

    public List<Long> insertCategories(List<CategoryRow> rows) {
        return insertReturningIds("INSERT INTO forum_category (slug, name, description, visibility, position, archived,"
                + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", rows, (ps, c) -> {
                    ps.setString(1, c.slug());
                    ps.setString(2, c.name());
                    ps.setString(3, c.description());
                    ps.setString(4, c.visibility());
                    ps.setInt(5, c.position());
                    ps.setBoolean(6, c.archived());
                    ps.setObject(7, utc(c.createdAt()));
                });
    }

    // ------------------------------------------------------------------ topics

    /** Inserts the topics with everything of theirs; returns their ids in order. */
    public List<Long> insertTopics(List<TopicRows> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        List<Long> ids = insertReturningIds("INSERT INTO forum_topic (category_id, group_id, kind, title,"
                + " author_person_id, created_at, last_post_number, last_posted_at, reply_count, pinned, locked, closed,"
                + " last_poster_person_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", topics,
                (ps, t) -> {
                    PostRow first = t.posts().getFirst();
                    PostRow last = lastShown(t.posts());
                    int replies = 0;
                    for (PostRow p : t.posts()) {
                        replies += p.number() > 1 && p.deletedAt() == null ? 1 : 0;
                    }
                    ps.setObject(1, t.categoryId());
                    ps.setObject(2, t.groupId());
                    ps.setString(3, t.kind());
                    ps.setString(4, t.title());
                    ps.setLong(5, first.authorPersonId());
                    ps.setObject(6, utc(first.createdAt()));
                    ps.setInt(7, t.posts().getLast().number());
                    ps.setObject(8, utc(last.createdAt()));
                    ps.setInt(9, replies);
                    ps.setBoolean(10, t.pinned());
                    ps.setBoolean(11, t.locked());
                    ps.setBoolean(12, t.closed());
                    ps.setLong(13, last.authorPersonId());
                });
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> posts = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            long topicId = ids.get(i);
            for (String tag : topics.get(i).tags()) {
                tags.add(new Object[] {topicId, tag});
            }
            for (PostRow p : topics.get(i).posts()) {
                posts.add(new Object[] {topicId, p.number(), p.authorPersonId(), p.markdown(), utc(p.createdAt()),
                        utc(p.editedAt()), p.editedByPersonId(), p.editReason(), p.earlier().size(), p.helpful().size(),
                        utc(p.deletedAt()), p.deletedByPersonId(), p.deleteReason()});
            }
        }
        batch("INSERT INTO forum_topic_tag (topic_id, tag) VALUES (?, ?)", tags);
        batch("INSERT INTO forum_post (topic_id, post_number, author_person_id, markdown, created_at, edited_at,"
                + " edited_by_person_id, edit_reason, revision_count, helpful_count, deleted_at, deleted_by_person_id,"
                + " delete_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", posts);
        Map<Long, Map<Integer, Long>> postIds = postIds(ids);

        List<Object[]> quotes = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> reactions = new ArrayList<>();
        List<Object[]> mentions = new ArrayList<>();
        List<Object[]> accepted = new ArrayList<>();
        List<Object[]> watches = new ArrayList<>();
        List<Object[]> reads = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            TopicRows t = topics.get(i);
            long topicId = ids.get(i);
            Map<Integer, Long> byNumber = postIds.get(topicId);
            // participants: watch from their first post, read up to their last
            Map<Long, PostRow> firstBy = new HashMap<>();
            Map<Long, PostRow> lastBy = new HashMap<>();
            for (PostRow p : t.posts()) {
                long postId = byNumber.get(p.number());
                if (p.quotedNumber() != null) {
                    quotes.add(new Object[] {byNumber.get(p.quotedNumber()), postId});
                }
                for (VersionRow v : p.earlier()) {
                    versions.add(new Object[] {postId, v.number(), v.markdown(), v.reason(), v.editorPersonId(),
                            utc(v.writtenAt())});
                }
                for (ReactionRow r : p.helpful()) {
                    reactions.add(new Object[] {postId, r.personId(), HELPFUL, utc(r.createdAt())});
                }
                for (Long personId : p.mentioned()) {
                    mentions.add(new Object[] {postId, personId});
                }
                firstBy.putIfAbsent(p.authorPersonId(), p);
                lastBy.put(p.authorPersonId(), p);
            }
            if (t.acceptedNumber() != null) {
                accepted.add(new Object[] {byNumber.get(t.acceptedNumber()), topicId});
            }
            for (Map.Entry<Long, PostRow> e : firstBy.entrySet()) {
                watches.add(new Object[] {e.getKey(), "topic:" + topicId, utc(e.getValue().createdAt())});
                PostRow last = lastBy.get(e.getKey());
                reads.add(new Object[] {e.getKey(), topicId, last.number(), utc(last.createdAt())});
            }
        }
        batch("UPDATE forum_post SET quoted_post_id = ? WHERE id = ?", quotes);
        batch("INSERT INTO forum_post_revision (post_id, number, markdown, edit_reason, edited_by_person_id, edited_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", versions);
        batch("INSERT INTO forum_reaction (post_id, person_id, kind, created_at) VALUES (?, ?, ?, ?)", reactions);
        batch("INSERT INTO forum_mention (post_id, person_id) VALUES (?, ?)", mentions);
        batch("UPDATE forum_topic SET accepted_post_id = ? WHERE id = ?", accepted);
        // new topics: nobody watches or has read them yet
        batch("INSERT INTO forum_watch (person_id, target_key, created_at) VALUES (?, ?, ?)", watches);
        batch("INSERT INTO forum_read_state (person_id, topic_id, last_read_number, read_at) VALUES (?, ?, ?, ?)", reads);
        return ids;
    }

    /** The last post that is not removed (the opening post if all replies are). */
    private static PostRow lastShown(List<PostRow> posts) {
        for (int i = posts.size() - 1; i > 0; i--) {
            if (posts.get(i).deletedAt() == null) {
                return posts.get(i);
            }
        }
        return posts.getFirst();
    }

    private Map<Long, Map<Integer, Long>> postIds(List<Long> topicIds) {
        Map<Long, Map<Integer, Long>> result = new HashMap<>();
        for (int from = 0; from < topicIds.size(); from += 200) {
            List<Long> chunk = topicIds.subList(from, Math.min(topicIds.size(), from + 200));
            jdbc.query("SELECT id, topic_id, post_number FROM forum_post WHERE topic_id IN (" + marks(chunk.size()) + ")",
                    rs -> {
                        result.computeIfAbsent(rs.getLong(2), k -> new HashMap<>()).put(rs.getInt(3), rs.getLong(1));
                    }, chunk.toArray());
        }
        return result;
    }

    // ------------------------------------------------------------------ reading state

    /** Adds watches; one that exists keeps the earlier date. */
    public void mergeWatches(List<WatchRow> rows) {
        List<WatchRow> distinct = distinct(rows, r -> r.personId() + " " + r.targetKey());
        Set<String> stored = existing("SELECT person_id, target_key FROM forum_watch WHERE person_id IN",
                distinct.stream().map(WatchRow::personId).toList(), rs -> rs.getLong(1) + " " + rs.getString(2));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (WatchRow r : distinct) {
            if (stored.contains(r.personId() + " " + r.targetKey())) {
                updates.add(new Object[] {utc(r.createdAt()), r.personId(), r.targetKey(), utc(r.createdAt())});
            } else {
                inserts.add(new Object[] {r.personId(), r.targetKey(), utc(r.createdAt())});
            }
        }
        batch("UPDATE forum_watch SET created_at = ? WHERE person_id = ? AND target_key = ? AND created_at > ?",
                updates);
        batch("INSERT INTO forum_watch (person_id, target_key, created_at) VALUES (?, ?, ?)", inserts);
    }

    /** Adds read marks; one that exists only moves forward. */
    public void mergeReadMarks(List<ReadRow> rows) {
        Map<String, ReadRow> furthest = new LinkedHashMap<>();
        for (ReadRow r : rows) {
            furthest.merge(r.personId() + " " + r.topicId(), r,
                    (a, b) -> b.lastReadNumber() > a.lastReadNumber() ? b : a);
        }
        Set<String> stored = existing("SELECT person_id, topic_id FROM forum_read_state WHERE person_id IN",
                furthest.values().stream().map(ReadRow::personId).toList(), rs -> rs.getLong(1) + " " + rs.getLong(2));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Map.Entry<String, ReadRow> e : furthest.entrySet()) {
            ReadRow r = e.getValue();
            if (stored.contains(e.getKey())) {
                updates.add(new Object[] {utc(r.readAt()), r.lastReadNumber(), r.personId(), r.topicId(),
                        r.lastReadNumber()});
            } else {
                inserts.add(new Object[] {r.personId(), r.topicId(), r.lastReadNumber(), utc(r.readAt())});
            }
        }
        batch("UPDATE forum_read_state SET read_at = ?, last_read_number = ? WHERE person_id = ? AND topic_id = ?"
                + " AND last_read_number < ?", updates);
        batch("INSERT INTO forum_read_state (person_id, topic_id, last_read_number, read_at) VALUES (?, ?, ?, ?)",
                inserts);
    }

    /** Sets visits (replacing what is stored for the same person and forum). */
    public void replaceVisits(List<VisitRow> rows) {
        List<VisitRow> distinct = distinct(rows, r -> r.personId() + " " + r.forumKey());
        batch("DELETE FROM forum_visit WHERE person_id = ? AND forum_key = ?",
                args(distinct, r -> new Object[] {r.personId(), r.forumKey()}));
        batch("INSERT INTO forum_visit (person_id, forum_key, last_visit_at, previous_visit_at) VALUES (?, ?, ?, ?)",
                args(distinct, r -> new Object[] {r.personId(), r.forumKey(), utc(r.lastVisitAt()),
                        utc(r.previousVisitAt())}));
    }

    // ------------------------------------------------------------------ helpers

    private interface Setter<T> {
        void set(PreparedStatement ps, T row) throws SQLException;
    }

    /** Batched inserts of rows with an identity id; the ids in row order. */
    private <T> List<Long> insertReturningIds(String sql, List<T> rows, Setter<T> setter) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.batchUpdate(con -> con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            setter.set(ps, chunk.get(i));
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    }, keys);
            List<Map<String, Object>> list = keys.getKeyList();
            if (list.size() != chunk.size()) {
                throw new IllegalStateException("Expected " + chunk.size() + " generated ids, got " + list.size());
            }
            for (Map<String, Object> key : list) {
                ids.add(((Number) key.values().iterator().next()).longValue());
            }
        }
        return ids;
    }

    private void batch(String sql, List<Object[]> args) {
        for (int from = 0; from < args.size(); from += BATCH) {
            jdbc.batchUpdate(sql, args.subList(from, Math.min(args.size(), from + BATCH)));
        }
    }

    /** Keys of the rows a query over some people finds (in chunks of people). */
    private Set<String> existing(String sqlUpToIn, List<Long> personIds, RowKey key) {
        List<Long> people = personIds.stream().distinct().toList();
        Set<String> keys = new HashSet<>();
        for (int from = 0; from < people.size(); from += 200) {
            List<Long> chunk = people.subList(from, Math.min(people.size(), from + 200));
            jdbc.query(sqlUpToIn + " (" + marks(chunk.size()) + ")", rs -> {
                keys.add(key.of(rs));
            }, chunk.toArray());
        }
        return keys;
    }

    private interface RowKey {
        String of(java.sql.ResultSet rs) throws SQLException;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static <T> List<Object[]> args(List<T> rows, java.util.function.Function<T, Object[]> f) {
        return rows.stream().map(f).toList();
    }

    private static <T> List<T> distinct(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, T> seen = new LinkedHashMap<>();
        for (T r : rows) {
            seen.putIfAbsent(key.apply(r), r);
        }
        return new ArrayList<>(seen.values());
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}

