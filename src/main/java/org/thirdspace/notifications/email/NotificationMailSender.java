package org.thirdspace.notifications.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.mail.MailService;
import org.thirdspace.mail.OutgoingMail;
import org.thirdspace.notifications.email.internal.MailOutbox;
import org.thirdspace.notifications.email.internal.MailOutbox.OutboxMail;
import org.thirdspace.security.AccountDirectory;

/**
 * Sends the outbox through {@link MailService}, every {@code thirdspace.notifications.mail.send-delay}
 * (default 15 s). Each mail is first <em>claimed</em> (PENDING to SENDING, committed on its own),
 * so overlapping runs and other app instances never send it too; then sent with a stable
 * Message-ID and marked SENT. An SMTP failure puts it back to PENDING with an exponential back-off
 * ({@code mail.backoff} doubled per attempt, at most {@code mail.max-backoff}); after
 * {@code mail.max-attempts} it is FAILED (kept, logged). A claim older than {@code mail.stale-claim}
 * (a sender that crashed mid-send) is released again: the one case where a mail can go out twice
 * (the SMTP server accepted it but the crash came before it was marked SENT); both copies carry
 * the same Message-ID. Disabled or deleted accounts get nothing (SKIPPED).
 */
@Component
public class NotificationMailSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailSender.class);
    private static final int BATCH = 50;
    private static final int MAX_ROUNDS = 100;

    private final MailOutbox outbox;
    private final MailService mailService;
    private final AccountDirectory accounts;
    private final NotificationMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final Duration staleClaim;

    NotificationMailSender(MailOutbox outbox, MailService mailService, AccountDirectory accounts,
            NotificationMails mails, PlatformTransactionManager transactions, Clock clock,
            @Value("${thirdspace.notifications.mail.max-attempts:8}") int maxAttempts,
            @Value("${thirdspace.notifications.mail.backoff:PT1M}") Duration backoff,
            @Value("${thirdspace.notifications.mail.max-backoff:PT6H}") Duration maxBackoff,
            @Value("${thirdspace.notifications.mail.stale-claim:PT10M}") Duration staleClaim) {
        this.outbox = outbox;
        this.mailService = mailService;
        this.accounts = accounts;
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.staleClaim = staleClaim;
    }

    @Scheduled(initialDelayString = "${thirdspace.notifications.mail.send-delay:PT15S}",
            fixedDelayString = "${thirdspace.notifications.mail.send-delay:PT15S}")
    void scheduled() {
        try {
            sendPending();
        } catch (RuntimeException e) {
            log.warn("Sending notification mails failed; trying again at the next run", e);
        }
    }

    /** Sends the due outbox mails; returns how many were sent by this call. */
    public int sendPending() {
        Instant start = clock.instant();
        Integer released = transaction.execute(status -> outbox.releaseStaleClaims(start.minus(staleClaim)));
        if (released != null && released > 0) {
            log.warn("Released {} notification mails claimed before {} and never finished; they are sent again",
                    released, start.minus(staleClaim));
        }
        int sent = 0;
        // batch after batch until nothing due at the start is left: every mail handled leaves that
        // state (sent, skipped, failed or put back with a later next attempt); the bound guards
        // against a zero back-off
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var due = transaction.execute(status -> outbox.due(start, BATCH));
            for (long id : due) {
                Instant now = clock.instant();
                if (!Boolean.TRUE.equals(transaction.execute(status -> outbox.claim(id, now)))) {
                    continue; // someone else has it
                }
                if (send(id)) {
                    sent++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return sent;
    }

    private boolean send(long id) {
        OutboxMail mail = transaction.execute(status -> outbox.find(id)).orElseThrow();
        var account = accounts.find(mail.accountId()).orElse(null);
        if (account == null || !account.enabled()) {
            transaction.executeWithoutResult(status -> outbox.markSkipped(id, "account disabled or gone"));
            log.info("Notification mail {} skipped: account {} is disabled or gone", id, mail.accountId());
            return false;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Message-ID", mails.messageId(id));
        if (mail.unsubscribeUrl() != null) {
            headers.put("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        try {
            mailService.send(new OutgoingMail(account.email(), mail.subject(), mail.textBody(), mail.htmlBody(), headers));
        } catch (RuntimeException e) {
            // MailException: the SMTP server is down or refused it; anything else (e.g. the dev
            // mailbox failed) is retried the same way instead of leaving the mail claimed
            int attempts = mail.attempts() + 1;
            boolean giveUp = attempts >= maxAttempts || e instanceof IllegalArgumentException;
            Instant next = clock.instant().plus(delay(attempts));
            transaction.executeWithoutResult(status -> outbox.markFailed(id, attempts, e.toString(), next, giveUp));
            if (giveUp) {
                log.error("Notification mail {} to account {} FAILED after {} attempts: {}", id, mail.accountId(),
                        attempts, e.toString());
            } else {
                log.warn("Notification mail {} not sent (attempt {}), next try at {}: {}", id, attempts, next,
                        e.toString());
            }
            return false;
        }
        transaction.executeWithoutResult(status -> outbox.markSent(id, clock.instant()));
        return true;
    }

    /** The back-off after the given number of failed attempts: backoff, 2×, 4×, … at most max-backoff. */
    Duration delay(int attempts) {
        Duration d = backoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
