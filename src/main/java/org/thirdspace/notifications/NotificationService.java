package org.thirdspace.notifications;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.notifications.internal.DeliverySettings;
import org.thirdspace.notifications.internal.NotificationRepository;
import org.thirdspace.notifications.internal.StoredNotification;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shared.RuleViolation.Kind;

/** The current member's notifications and delivery settings. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Prefix of a stored message argument that is a message key rather than text (e.g. "your
     * post"), so it is shown in the reader's language too.
     */
    public static final String KEY_ARGUMENT = "#msg:";

    private final NotificationRepository notifications;
    private final DeliverySettings settings;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, DeliverySettings settings, CurrentUser currentUser,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.currentUser = currentUser;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of the current member's notifications, newest first.
     *
     * @throws NotificationsException INVALID for a negative page or a size outside 1–100
     */
    @PreAuthorize("isAuthenticated()")
    public NotificationPage mine(int page, int size) {
        if (page < 0) {
            throw new NotificationsException(Kind.INVALID, "page", "notifications.error.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new NotificationsException(Kind.INVALID, "size", "notifications.error.size", MAX_PAGE_SIZE);
        }
        long me = me();
        Locale locale = LocaleContextHolder.getLocale();
        var found = notifications.findByAccountIdOrderByCreatedAtDescIdDesc(me, PageRequest.of(page, size));
        return new NotificationPage(found.getTotalElements(), page, size, notifications.countByAccountIdAndReadAtIsNull(me),
                found.map(n -> toRecord(n, locale)).getContent());
    }

    /** How many of the current member's notifications are unread (0 when nobody is logged in). */
    public long unreadCount() {
        return currentUser.id().map(notifications::countByAccountIdAndReadAtIsNull).orElse(0L);
    }

    /**
     * Marks one of the current member's notifications read.
     *
     * @throws NotificationsException NOT_FOUND when it does not exist or is someone else's
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Notification markRead(long notificationId) {
        long me = me();
        StoredNotification n = notifications.findByIdAndAccountId(notificationId, me)
                .orElseThrow(() -> new NotificationsException(Kind.NOT_FOUND, null, "notifications.error.not-found"));
        if (!n.isRead()) {
            n.markRead(clock.instant());
            events.publishEvent(new NotificationsRead(me));
        }
        return toRecord(n, LocaleContextHolder.getLocale());
    }

    /** Marks all the current member's notifications read; returns how many were unread. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        long me = me();
        int changed = notifications.markAllRead(me, clock.instant());
        if (changed > 0) {
            events.publishEvent(new NotificationsRead(me));
        }
        return changed;
    }

    /** The current member's delivery settings (every kind present). */
    @PreAuthorize("isAuthenticated()")
    public NotificationSettings settings() {
        return settings.of(me());
    }

    /**
     * Changes the current member's delivery settings: the digest frequency when given and the kinds
     * in the map (others keep their choice).
     *
     * @throws NotificationsException INVALID when the digest frequency and all kinds are missing
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NotificationSettings updateSettings(NotificationSettings update) {
        if (update == null || (update.digest() == null && (update.kinds() == null || update.kinds().isEmpty()))) {
            throw new NotificationsException(Kind.INVALID, "kinds", "notifications.error.settings-empty");
        }
        Map<NotificationKind, Delivery> kinds = new EnumMap<>(NotificationKind.class);
        if (update.kinds() != null) {
            update.kinds().forEach((kind, delivery) -> {
                if (kind == null || delivery == null) {
                    throw new NotificationsException(Kind.INVALID, "kinds", "notifications.error.settings-null");
                }
                kinds.put(kind, delivery);
            });
        }
        long me = me();
        settings.update(me, update.digest(), kinds);
        return settings.of(me);
    }

    /** The notification's text in the given language (also used by the module's email delivery). */
    public String message(StoredNotification n, Locale locale) {
        Object[] args = n.getArgs();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text && text.startsWith(KEY_ARGUMENT)) {
                String key = text.substring(KEY_ARGUMENT.length());
                args[i] = messages.getMessage(key, null, key, locale);
            }
        }
        return messages.getMessage(n.messageKey(), args, n.messageKey(), locale);
    }

    private Notification toRecord(StoredNotification n, Locale locale) {
        return new Notification(n.getId(), n.getKind(), message(n, locale), n.getLink(), n.getCreatedAt(), n.isRead());
    }

    private long me() {
        return currentUser.id().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "not logged in"));
    }
}
