package org.thirdspace.trust.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.thirdspace.trust.TrustActivity;
import org.thirdspace.trust.TrustLevel;

/**
 * The trust tables (V105): one {@code trust_activity} row per account and each counted thing once
 * in {@code trust_event}, so a listener that runs twice for the same event counts it once.
 * Joins the caller's transaction.
 */
@Repository
public class ActivityStore {

    /** What {@code trust_event} counts, and the counter column each one increments. */
    public enum Kind {
        VISIT("days_visited"), TOPIC("topics_entered"), POST("posts"), ANSWER("answers_accepted"),
        CASE_STUDY("case_studies_published");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    private static final Set<String> COLUMNS = Set.of("days_visited", "topics_entered", "posts", "answers_accepted",
            "case_studies_published", "seconds_read");

    /** The stored row of an account. */
    public record Row(TrustActivity activity, TrustLevel reached, TrustLevel locked, String lockReason) {
    }

    private final JdbcTemplate jdbc;

    ActivityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(long accountId) {
        List<Row> rows = jdbc.query("select days_visited, seconds_read, topics_entered, posts, answers_accepted, "
                + "case_studies_published, reached_level, locked_level, lock_reason from trust_activity "
                + "where account_id = ?", (rs, n) -> new Row(
                        new TrustActivity(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6)),
                        TrustLevel.valueOf(rs.getString(7)),
                        rs.getString(8) == null ? null : TrustLevel.valueOf(rs.getString(8)), rs.getString(9)),
                accountId);
        return rows.stream().findFirst();
    }

    /** Records a counted thing once; true when it is new (and its counter went up). */
    public boolean record(long accountId, Kind kind, String ref, Instant at) {
        ensureRow(accountId, at);
        Integer known = jdbc.queryForObject(
                "select count(*) from trust_event where account_id = ? and kind = ? and ref = ?", Integer.class,
                accountId, kind.name(), ref);
        if (known != null && known > 0) {
            return false;
        }
        try {
            jdbc.update("insert into trust_event (account_id, kind, ref, at) values (?, ?, ?, ?)", accountId,
                    kind.name(), ref, utc(at));
        } catch (DuplicateKeyException e) {
            return false; // a concurrent listener counted it
        }
        add(accountId, kind.column, 1, at);
        return true;
    }

    public void addSecondsRead(long accountId, long seconds, Instant at) {
        ensureRow(accountId, at);
        add(accountId, "seconds_read", seconds, at);
    }

    /** How many things of the kind the account did since the instant. */
    public int countSince(long accountId, Kind kind, Instant since) {
        Integer count = jdbc.queryForObject(
                "select count(*) from trust_event where account_id = ? and kind = ? and at >= ?", Integer.class,
                accountId, kind.name(), utc(since));
        return count == null ? 0 : count;
    }

    /** The earliest thing of the kind since the instant, if any. */
    public Optional<Instant> firstSince(long accountId, Kind kind, Instant since) {
        Timestamp first = jdbc.queryForObject(
                "select min(at) from trust_event where account_id = ? and kind = ? and at >= ?", Timestamp.class,
                accountId, kind.name(), utc(since));
        return Optional.ofNullable(first).map(t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }

    public void reached(long accountId, TrustLevel level, Instant at) {
        ensureRow(accountId, at);
        jdbc.update("update trust_activity set reached_level = ?, updated_at = ? where account_id = ?", level.name(),
                utc(at), accountId);
    }

    public void lock(long accountId, TrustLevel level, String reason, Long byAccountId, Instant at) {
        ensureRow(accountId, at);
        jdbc.update("update trust_activity set locked_level = ?, lock_reason = ?, locked_by_account_id = ?, "
                + "locked_at = ?, updated_at = ? where account_id = ?", level == null ? null : level.name(),
                reason, byAccountId, level == null ? null : utc(at), utc(at), accountId);
    }

    private void add(long accountId, String column, long by, Instant at) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.update("update trust_activity set " + column + " = " + column + " + ?, updated_at = ? "
                + "where account_id = ?", by, utc(at), accountId);
    }

    private void ensureRow(long accountId, Instant at) {
        Integer known = jdbc.queryForObject("select count(*) from trust_activity where account_id = ?",
                Integer.class, accountId);
        if (known != null && known > 0) {
            return;
        }
        try {
            jdbc.update("insert into trust_activity (account_id, updated_at) values (?, ?)", accountId, utc(at));
        } catch (DuplicateKeyException e) {
            // created concurrently
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
