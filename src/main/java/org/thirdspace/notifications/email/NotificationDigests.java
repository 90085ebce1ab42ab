package org.thirdspace.notifications.email;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.notifications.DigestFrequency;
import org.thirdspace.notifications.email.internal.MailOutbox;
import org.thirdspace.notifications.internal.DeliverySettings;
import org.thirdspace.notifications.internal.NotificationRepository;
import org.thirdspace.notifications.internal.StoredNotification;
import org.thirdspace.security.AccountDirectory;

/**
 * Bundles each account's pending digest items into one outbox mail, daily (at
 * {@code thirdspace.notifications.digest-cron}, default 06:00) or, for weekly members, on
 * {@code thirdspace.notifications.digest-weekly-day} (default Monday). Each digest has a unique
 * key per account and period ({@code 42:D2026-12-07}, {@code 42:W2026-50}): a re-run in the same
 * period, or a second instance, never makes a second one. Mail and items commit together.
 */
@Component
public class NotificationDigests {

    private static final Logger log = LoggerFactory.getLogger(NotificationDigests.class);

    private final MailOutbox outbox;
    private final NotificationRepository notifications;
    private final DeliverySettings settings;
    private final AccountDirectory accounts;
    private final NotificationMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;
    private final DayOfWeek weeklyDay;

    NotificationDigests(MailOutbox outbox, NotificationRepository notifications, DeliverySettings settings,
            AccountDirectory accounts, NotificationMails mails, PlatformTransactionManager transactions, Clock clock,
            @Value("${thirdspace.notifications.digest-zone:UTC}") ZoneId zone,
            @Value("${thirdspace.notifications.digest-weekly-day:MONDAY}") DayOfWeek weeklyDay) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone;
        this.weeklyDay = weeklyDay;
    }

    @Scheduled(cron = "${thirdspace.notifications.digest-cron:0 0 6 * * *}", zone = "${thirdspace.notifications.digest-zone:UTC}")
    void scheduled() {
        try {
            int queued = sendDueDigests();
            if (queued > 0) {
                log.info("Notification digests: {} queued", queued);
            }
        } catch (RuntimeException e) {
            log.warn("Notification digests failed; they run again at the next schedule", e);
        }
    }

    /** The period key of a digest on {@code date}, or null when the frequency has no digest that day. */
    String period(DigestFrequency frequency, LocalDate date) {
        if (frequency == DigestFrequency.WEEKLY) {
            return date.getDayOfWeek() != weeklyDay ? null
                    : "W" + date.get(IsoFields.WEEK_BASED_YEAR) + "-" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }
        return "D" + date;
    }

    /** Queues the digests due now (one outbox mail per account); returns how many were queued. */
    public int sendDueDigests() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int queued = 0;
        for (long accountId : transaction.execute(status -> outbox.accountsWithPendingItems())) {
            try {
                Boolean done = transaction.execute(status -> digest(accountId, today, now));
                if (Boolean.TRUE.equals(done)) {
                    queued++;
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Digest of account {} was queued by someone else meanwhile", accountId);
            } catch (RuntimeException e) {
                log.warn("Digest of account {} failed; it is tried again at the next run", accountId, e);
            }
        }
        return queued;
    }

    private boolean digest(long accountId, LocalDate today, Instant now) {
        DigestFrequency frequency = settings.frequency(accountId);
        String period = period(frequency, today);
        if (period == null) {
            return false;
        }
        String key = accountId + ":" + period;
        if (outbox.existsForDigest(key)) {
            return false;
        }
        var items = outbox.pendingItems(accountId).stream().filter(i -> !i.createdAt().isAfter(now)).toList();
        List<Long> ids = items.stream().map(MailOutbox.DigestItem::notificationId).toList();
        var account = accounts.find(accountId).orElse(null);
        List<StoredNotification> wanted = new ArrayList<>();
        for (StoredNotification n : notifications.findAllById(ids)) {
            // a kind switched off or to in-app only since (e.g. through an unsubscribe link) is dropped
            if (settings.delivery(accountId, n.getKind()).emailed()) {
                wanted.add(n);
            }
        }
        wanted.sort(java.util.Comparator.comparing(StoredNotification::getCreatedAt).thenComparing(StoredNotification::getId));
        if (account == null || !account.enabled() || wanted.isEmpty()) {
            outbox.markDigested(ids, null, now);
            return false;
        }
        var mail = mails.digest(account, frequency, wanted);
        long mailId = outbox.queue(accountId, null, key, mail.subject(), mail.text(), mail.html(), mail.unsubscribeUrl(),
                now);
        outbox.markDigested(ids, mailId, now);
        return true;
    }
}
