package org.thirdspace.moderation;

import org.thirdspace.shared.RuleViolation;

/**
 * A moderation request that breaks a rule: INVALID (400, naming {@code field}), NOT_FOUND (404:
 * unknown content or content the user may not see), CONFLICT (409). {@code messageKey} is a
 * {@code moderation.error.*} key.
 */
public class ModerationException extends RuleViolation {

    public ModerationException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    public static ModerationException invalid(String field, String messageKey, Object... args) {
        return new ModerationException(Kind.INVALID, field, messageKey, args);
    }

    public static ModerationException notFound() {
        return new ModerationException(Kind.NOT_FOUND, null, "moderation.error.not-found");
    }

    public static ModerationException conflict(String messageKey, Object... args) {
        return new ModerationException(Kind.CONFLICT, null, messageKey, args);
    }
}
