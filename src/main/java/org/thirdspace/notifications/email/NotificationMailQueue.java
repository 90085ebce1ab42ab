package org.thirdspace.notifications.email;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.notifications.Delivery;
import org.thirdspace.notifications.NotificationCreated;
import org.thirdspace.notifications.email.internal.MailOutbox;
import org.thirdspace.notifications.internal.NotificationRepository;
import org.thirdspace.security.AccountDirectory;

/**
 * Puts emailed notifications into the outbox, in the transaction that stores the notification
 * (a synchronous listener: {@code NotificationDispatcher.deliver} is transactional, so the
 * notification and its outbox row or digest item commit together or not at all, and no event
 * publication has to be kept for it). IMMEDIATE: one rendered outbox mail per notification (a
 * unique notification id: never queued twice). DIGEST: a pending item for the account's next digest.
 */
@Component
class NotificationMailQueue {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailQueue.class);

    private final MailOutbox outbox;
    private final NotificationRepository notifications;
    private final AccountDirectory accounts;
    private final NotificationMails mails;
    private final Clock clock;

    NotificationMailQueue(MailOutbox outbox, NotificationRepository notifications, AccountDirectory accounts,
            NotificationMails mails, Clock clock) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.accounts = accounts;
        this.mails = mails;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(NotificationCreated event) {
        if (event.delivery() == Delivery.IMMEDIATE) {
            if (outbox.existsForNotification(event.notificationId())) {
                return;
            }
            var account = accounts.find(event.accountId()).orElse(null);
            var notification = notifications.findById(event.notificationId()).orElse(null);
            if (account == null || notification == null) {
                log.warn("Notification {} or its account {} not found: no mail", event.notificationId(), event.accountId());
                return;
            }
            var mail = mails.immediate(account, notification);
            outbox.queue(event.accountId(), event.notificationId(), null, mail.subject(), mail.text(), mail.html(),
                    mail.unsubscribeUrl(), clock.instant());
        } else if (event.delivery() == Delivery.DIGEST && !outbox.isDigestItem(event.notificationId())) {
            outbox.addDigestItem(event.notificationId(), event.accountId(), clock.instant());
        }
    }
}
