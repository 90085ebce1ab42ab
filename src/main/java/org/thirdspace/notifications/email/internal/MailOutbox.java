package org.thirdspace.notifications.email.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of notification email ({@code V150__notification_mail.sql}): the outbox, the items
 * waiting for a digest and the stored unsubscribe secret. Times are stored as UTC, like JPA does.
 * Callers provide the transactions.
 */
@Repository
public class MailOutbox {

    /** States of an outbox mail. */
    public enum Status { PENDING, SENDING, SENT, FAILED, SKIPPED }

    /** An outbox row as the sender needs it. */
    public record OutboxMail(long id, long accountId, Long notificationId, String digestKey, String subject,
            String textBody, String htmlBody, String unsubscribeUrl, Status status, int attempts,
            Instant nextAttemptAt, String lastError) {
    }

    /** A notification waiting for its account's digest. */
    public record DigestItem(long notificationId, long accountId, Instant createdAt) {
    }

    private static final String COLUMNS = "id, account_id, notification_id, digest_key, subject, text_body, html_body, "
            + "unsubscribe_url, status, attempts, next_attempt_at, last_error";

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** Queues a mail (status PENDING, due now); returns its id. */
    public long queue(long accountId, Long notificationId, String digestKey, String subject, String textBody,
            String htmlBody, String unsubscribeUrl, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into notification_mail (account_id, notification_id, digest_key, "
                    + "subject, text_body, html_body, unsubscribe_url, status, attempts, next_attempt_at, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", new String[] {"id"});
            ps.setLong(1, accountId);
            ps.setObject(2, notificationId);
            ps.setString(3, digestKey);
            ps.setString(4, subject.length() > 300 ? subject.substring(0, 299) + "…" : subject);
            ps.setString(5, textBody);
            ps.setString(6, htmlBody);
            ps.setString(7, unsubscribeUrl);
            ps.setObject(8, utc(now));
            ps.setObject(9, utc(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public boolean existsForNotification(long notificationId) {
        return count("select count(*) from notification_mail where notification_id = ?", notificationId) > 0;
    }

    public boolean existsForDigest(String digestKey) {
        return count("select count(*) from notification_mail where digest_key = ?", digestKey) > 0;
    }

    public Optional<OutboxMail> find(long id) {
        return jdbc.query("select " + COLUMNS + " from notification_mail where id = ?", MailOutbox::row, id).stream()
                .findFirst();
    }

    /** Ids of pending mails due at {@code now}, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from notification_mail where status = 'PENDING' and next_attempt_at <= ? "
                + "order by next_attempt_at, id limit " + Math.max(1, limit), Long.class, utc(now));
    }

    /**
     * Claims a due pending mail for sending (PENDING to SENDING). Only one caller can win: the
     * update matches the row only while it is still pending.
     */
    public boolean claim(long id, Instant now) {
        return jdbc.update("update notification_mail set status = 'SENDING', claimed_at = ? "
                + "where id = ? and status = 'PENDING' and next_attempt_at <= ?", utc(now), id, utc(now)) == 1;
    }

    /** Puts mails claimed before {@code before} and never finished back to PENDING; returns how many. */
    public int releaseStaleClaims(Instant before) {
        return jdbc.update("update notification_mail set status = 'PENDING' where status = 'SENDING' and claimed_at < ?",
                utc(before));
    }

    public void markSent(long id, Instant now) {
        jdbc.update("update notification_mail set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                + "last_error = null where id = ? and status = 'SENDING'", utc(now), id);
    }

    public void markSkipped(long id, String reason) {
        jdbc.update("update notification_mail set status = 'SKIPPED', last_error = ? where id = ? and status = 'SENDING'",
                reason, id);
    }

    /** Records a failed attempt: back to PENDING until {@code nextAttempt}, or FAILED when {@code giveUp}. */
    public void markFailed(long id, int attempts, String error, Instant nextAttempt, boolean giveUp) {
        String text = error == null ? "" : error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        jdbc.update("update notification_mail set status = ?, attempts = ?, last_error = ?, next_attempt_at = ? "
                        + "where id = ? and status = 'SENDING'",
                giveUp ? Status.FAILED.name() : Status.PENDING.name(), attempts, text, utc(nextAttempt), id);
    }

    // digest items

    public void addDigestItem(long notificationId, long accountId, Instant createdAt) {
        jdbc.update("insert into notification_digest_item (notification_id, account_id, created_at) values (?, ?, ?)",
                notificationId, accountId, utc(createdAt));
    }

    public boolean isDigestItem(long notificationId) {
        return count("select count(*) from notification_digest_item where notification_id = ?", notificationId) > 0;
    }

    /** Accounts with items waiting for a digest. */
    public List<Long> accountsWithPendingItems() {
        return jdbc.queryForList("select distinct account_id from notification_digest_item where digested_at is null "
                + "order by account_id", Long.class);
    }

    /** The account's items waiting for a digest, oldest first. */
    public List<DigestItem> pendingItems(long accountId) {
        return jdbc.query("select notification_id, account_id, created_at from notification_digest_item "
                        + "where account_id = ? and digested_at is null order by created_at, notification_id",
                (rs, i) -> new DigestItem(rs.getLong(1), rs.getLong(2), instant(rs, "created_at")), accountId);
    }

    /** Marks items as taken by a digest mail (null: dropped without mail); only those still pending. */
    public int markDigested(List<Long> notificationIds, Long mailId, Instant now) {
        int n = 0;
        for (long id : notificationIds) {
            n += jdbc.update("update notification_digest_item set digested_at = ?, mail_id = ? "
                    + "where notification_id = ? and digested_at is null", utc(now), mailId, id);
        }
        return n;
    }

    // secret

    public Optional<String> secret() {
        return jdbc.queryForList("select secret from notification_mail_secret where id = 1", String.class).stream()
                .findFirst();
    }

    public void insertSecret(String secret) {
        jdbc.update("insert into notification_mail_secret (id, secret) values (1, ?)", secret);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static OutboxMail row(ResultSet rs, int i) throws SQLException {
        long notification = rs.getLong("notification_id");
        Long notificationId = rs.wasNull() ? null : notification;
        return new OutboxMail(rs.getLong("id"), rs.getLong("account_id"), notificationId, rs.getString("digest_key"),
                rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                rs.getString("unsubscribe_url"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"));
    }
}
