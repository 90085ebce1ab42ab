package org.thirdspace.forum.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The small per-person rows of the forum, kept with plain SQL: reactions, mentions, watches,
 * read state (the highest post number read per topic), visits and the redirects left by splits
 * and merges. Upserts are "update, else insert; on a duplicate key update again", which is the
 * same on H2, MySQL and MariaDB. Times are written and read as UTC date-times, as Hibernate
 * does ({@code hibernate.jdbc.time_zone}), whatever the JVM's time zone.
 */
@Component
public class ForumState {

    /** A visit ends after this pause: coming back later starts a new one. */
    public static final Duration VISIT_GAP = Duration.ofMinutes(30);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ForumState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    // ------------------------------------------------------------------ reactions

    /** Adds or removes a reaction; answers the post's new count of that kind. */
    public int react(long postId, long personId, String kind, boolean on, Instant now) {
        if (on) {
            try {
                jdbc.update("insert into forum_reaction (post_id, person_id, kind, created_at) values (?, ?, ?, ?)",
                        postId, personId, kind, utc(now));
            } catch (DuplicateKeyException alreadyThere) {
                // idempotent
            }
        } else {
            jdbc.update("delete from forum_reaction where post_id = ? and person_id = ? and kind = ?", postId, personId,
                    kind);
        }
        Integer count = jdbc.queryForObject("select count(*) from forum_reaction where post_id = ? and kind = ?",
                Integer.class, postId, kind);
        return count == null ? 0 : count;
    }

    /** Of the given posts, those the person reacted to with the kind. */
    public Set<Long> reactedTo(long personId, Collection<Long> postIds, String kind) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(named.queryForList(
                "select post_id from forum_reaction where person_id = :p and kind = :k and post_id in (:ids)",
                new MapSqlParameterSource("p", personId).addValue("k", kind).addValue("ids", postIds), Long.class));
    }

    // ------------------------------------------------------------------ mentions

    /** Records the post's mentions; answers the people not mentioned in it before. */
    public Set<Long> mention(long postId, Set<Long> personIds) {
        List<Long> before = jdbc.queryForList("select person_id from forum_mention where post_id = ?", Long.class, postId);
        Set<Long> added = personIds.stream().filter(p -> !before.contains(p)).collect(Collectors.toSet());
        for (Long person : added) {
            jdbc.update("insert into forum_mention (post_id, person_id) values (?, ?)", postId, person);
        }
        return added;
    }

    // ------------------------------------------------------------------ watches

    public void watch(long personId, String targetKey, Instant now) {
        try {
            jdbc.update("insert into forum_watch (person_id, target_key, created_at) values (?, ?, ?)", personId,
                    targetKey, utc(now));
        } catch (DuplicateKeyException alreadyWatching) {
            // idempotent
        }
    }

    public void unwatch(long personId, String targetKey) {
        jdbc.update("delete from forum_watch where person_id = ? and target_key = ?", personId, targetKey);
    }

    /** The person's watches: target key to since when. */
    public Map<String, Instant> watches(long personId) {
        Map<String, Instant> result = new HashMap<>();
        jdbc.query("select target_key, created_at from forum_watch where person_id = ?",
                rs -> {
                    result.put(rs.getString(1), instant(rs, 2));
                }, personId);
        return result;
    }

    /** Who watches any of the keys. */
    public Set<Long> watchers(Collection<String> targetKeys) {
        return Set.copyOf(named.queryForList("select distinct person_id from forum_watch where target_key in (:keys)",
                new MapSqlParameterSource("keys", targetKeys), Long.class));
    }

    /** Moves watches of one key to another (a merged topic's watchers follow the survivor). */
    public void moveWatches(String fromKey, String toKey, Instant now) {
        for (Long person : jdbc.queryForList("select person_id from forum_watch where target_key = ?", Long.class,
                fromKey)) {
            watch(person, toKey, now);
        }
        jdbc.update("delete from forum_watch where target_key = ?", fromKey);
    }

    // ------------------------------------------------------------------ read state

    /** Raises the person's read mark on the topic to {@code number} (never lowers it). */
    public void markRead(long personId, long topicId, int number, Instant now) {
        LocalDateTime at = utc(now);
        String update = "update forum_read_state set last_read_number = ?, read_at = ? "
                + "where person_id = ? and topic_id = ? and last_read_number < ?";
        if (jdbc.update(update, number, at, personId, topicId, number) > 0) {
            return;
        }
        Integer existing = lastRead(personId, topicId);
        if (existing != null) {
            return;
        }
        try {
            jdbc.update("insert into forum_read_state (person_id, topic_id, last_read_number, read_at) values (?, ?, ?, ?)",
                    personId, topicId, number, at);
        } catch (DuplicateKeyException raced) {
            jdbc.update(update, number, at, personId, topicId, number);
        }
    }

    public Integer lastRead(long personId, long topicId) {
        List<Integer> found = jdbc.queryForList(
                "select last_read_number from forum_read_state where person_id = ? and topic_id = ?", Integer.class,
                personId, topicId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Read marks of the person on the given topics. */
    public Map<Long, Integer> lastRead(long personId, Collection<Long> topicIds) {
        Map<Long, Integer> result = new HashMap<>();
        if (topicIds.isEmpty()) {
            return result;
        }
        named.query("select topic_id, last_read_number from forum_read_state where person_id = :p and topic_id in (:ids)",
                new MapSqlParameterSource("p", personId).addValue("ids", topicIds),
                rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                });
        return result;
    }

    /**
     * Unread posts per topic for the person: posts after their read mark, or (no read mark) posts
     * since {@code trackedSince} of that topic; their own and removed posts do not count. Topics
     * with neither are left out.
     */
    public Map<Long, Integer> unreadCounts(long personId, Map<Long, Integer> readMarks, Map<Long, Instant> trackedSince) {
        Map<Long, Integer> result = new HashMap<>();
        if (!readMarks.isEmpty()) {
            named.query("select p.topic_id, count(*) from forum_post p join forum_read_state r "
                    + "on r.topic_id = p.topic_id and r.person_id = :p where p.topic_id in (:ids) "
                    + "and p.post_number > r.last_read_number and p.deleted_at is null and p.author_person_id <> :p "
                    + "group by p.topic_id",
                    new MapSqlParameterSource("p", personId).addValue("ids", readMarks.keySet()),
                    rs -> {
                        result.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        Map<Long, Instant> watchedOnly = new LinkedHashMap<>(trackedSince);
        watchedOnly.keySet().removeAll(readMarks.keySet());
        if (!watchedOnly.isEmpty()) {
            Instant earliest = watchedOnly.values().stream().min(Instant::compareTo).orElseThrow();
            named.query("select p.topic_id, p.created_at from forum_post p where p.topic_id in (:ids) "
                    + "and p.created_at > :since and p.deleted_at is null and p.author_person_id <> :p",
                    new MapSqlParameterSource("p", personId).addValue("ids", watchedOnly.keySet())
                            .addValue("since", utc(earliest)),
                    rs -> {
                        long topic = rs.getLong(1);
                        if (instant(rs, 2).isAfter(watchedOnly.get(topic))) {
                            result.merge(topic, 1, Integer::sum);
                        }
                    });
        }
        return result;
    }

    /** Topics the person has a read mark on, with a higher post number than the mark (candidates for unread). */
    public Map<Long, Integer> possiblyUnread(long personId) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.query("select r.topic_id, r.last_read_number from forum_read_state r join forum_topic t on t.id = r.topic_id "
                + "where r.person_id = ? and t.last_post_number > r.last_read_number and t.merged_into_id is null",
                rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                }, personId);
        return result;
    }

    public void forgetReads(long topicId) {
        jdbc.update("delete from forum_read_state where topic_id = ?", topicId);
    }

    // ------------------------------------------------------------------ visits

    /**
     * Records a visit; answers the previous visit's time. Within {@link #VISIT_GAP} of the last
     * request the visit goes on (the previous visit stays what it was).
     */
    public Optional<Instant> visit(long personId, String forumKey, Instant now) {
        LocalDateTime at = utc(now);
        List<Instant[]> rows = jdbc.query(
                "select last_visit_at, previous_visit_at from forum_visit where person_id = ? and forum_key = ?",
                (rs, i) -> new Instant[] { instant(rs, 1), instant(rs, 2) },
                personId, forumKey);
        if (rows.isEmpty()) {
            try {
                jdbc.update("insert into forum_visit (person_id, forum_key, last_visit_at) values (?, ?, ?)", personId,
                        forumKey, at);
            } catch (DuplicateKeyException raced) {
                // the other request recorded the same first visit
            }
            return Optional.empty();
        }
        Instant last = rows.get(0)[0];
        Instant previous = rows.get(0)[1];
        if (now.isAfter(last.plus(VISIT_GAP))) {
            jdbc.update("update forum_visit set previous_visit_at = ?, last_visit_at = ? where person_id = ? and forum_key = ?",
                    utc(last), at, personId, forumKey);
            return Optional.of(last);
        }
        if (now.isAfter(last)) {
            jdbc.update("update forum_visit set last_visit_at = ? where person_id = ? and forum_key = ?", at, personId,
                    forumKey);
        }
        return Optional.ofNullable(previous);
    }

    /** The previous visit per forum key (without recording one). */
    public Map<String, Instant> previousVisits(long personId) {
        Map<String, Instant> result = new HashMap<>();
        jdbc.query("select forum_key, last_visit_at, previous_visit_at from forum_visit where person_id = ?",
                rs -> {
                    Instant previous = instant(rs, 3);
                    if (previous != null) {
                        result.put(rs.getString(1), previous);
                    }
                }, personId);
        return result;
    }

    // ------------------------------------------------------------------ moves

    public void recordMove(long fromTopicId, int fromNumber, long postId, Instant now) {
        jdbc.update("delete from forum_post_move where from_topic_id = ? and from_number = ?", fromTopicId, fromNumber);
        jdbc.update("insert into forum_post_move (from_topic_id, from_number, post_id, moved_at) values (?, ?, ?, ?)",
                fromTopicId, fromNumber, postId, utc(now));
    }

    public Optional<Long> movedPost(long fromTopicId, int fromNumber) {
        List<Long> found = jdbc.queryForList(
                "select post_id from forum_post_move where from_topic_id = ? and from_number = ?", Long.class, fromTopicId,
                fromNumber);
        return found.stream().findFirst();
    }

    /** Ids of topics the person authored or replied in, among the given. */
    public Set<Long> postedIn(long personId, Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(named.queryForList(
                "select distinct topic_id from forum_post where author_person_id = :p and topic_id in (:ids)",
                new MapSqlParameterSource("p", personId).addValue("ids", topicIds), Long.class));
    }

    /** Helper for callers building key lists. */
    public static List<String> keys(Collection<?> ids, String prefix) {
        List<String> keys = new ArrayList<>();
        ids.forEach(id -> keys.add(prefix + id));
        return keys;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime at = rs.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
