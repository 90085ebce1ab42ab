package org.thirdspace.notifications;

import org.thirdspace.shared.RuleViolation;

/** A notifications request that breaks a rule (unknown notification, bad setting). */
public class NotificationsException extends RuleViolation {

    public NotificationsException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }
}
