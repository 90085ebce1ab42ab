package org.thirdspace.notifications;

import java.util.Map;

/**
 * A member's delivery choices: the digest frequency and, for every kind, how it is delivered
 * (kinds not chosen have their {@link NotificationKind#defaultDelivery() default}).
 */
public record NotificationSettings(DigestFrequency digest, Map<NotificationKind, Delivery> kinds) {
}
