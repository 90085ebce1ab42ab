package org.thirdspace.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.notifications.Delivery;
import org.thirdspace.notifications.NotificationCreated;
import org.thirdspace.notifications.NotificationKind;

/**
 * Stores a notification for one account, unless that account turned the kind off or was told
 * about the same cause already, and announces it with {@link NotificationCreated}. The module's
 * event listeners call it after they checked that the recipient may see the item.
 */
@Component
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationRepository notifications;
    private final DeliverySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationDispatcher(NotificationRepository notifications, DeliverySettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies an account.
     *
     * @param variant   which of the kind's messages ({@code notifications.kind.KIND.message.VARIANT}), null for the only one
     * @param sourceKey what caused it, e.g. {@code "post:12"}: an account gets one notification per
     *                  kind and source key, however often the event is delivered
     * @param link      the app-relative route of the item
     * @param args      the arguments of the kind's message
     * @return the new notification's id; empty when the kind is off for the account or it was notified already
     */
    @Transactional
    public Optional<Long> deliver(long accountId, NotificationKind kind, String variant, String sourceKey,
            String link, String... args) {
        Delivery delivery = settings.delivery(accountId, kind);
        if (delivery == Delivery.OFF
                || notifications.existsByAccountIdAndKindAndSourceKey(accountId, kind, sourceKey)) {
            return Optional.empty();
        }
        var saved = notifications.save(new StoredNotification(accountId, kind, variant, sourceKey, link, java.util.Arrays.asList(args),
                clock.instant()));
        events.publishEvent(new NotificationCreated(saved.getId(), accountId, kind, delivery));
        log.debug("Notified account {} of {} ({})", accountId, kind, sourceKey);
        return Optional.of(saved.getId());
    }
}
