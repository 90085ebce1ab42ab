package org.thirdspace.needs;

import org.thirdspace.shared.RuleViolation;

/**
 * A needs-board request that breaks a rule: INVALID (400, {@code field} names the culprit),
 * NOT_FOUND (404, also for needs the user may not see), CONFLICT (409: claimed by someone else,
 * wrong status) or FORBIDDEN (403). Messages are {@code needs.error.*}.
 */
public class NeedException extends RuleViolation {

    public NeedException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    static NeedException invalid(String field, String messageKey, Object... args) {
        return new NeedException(Kind.INVALID, field, messageKey, args);
    }

    static NeedException notFound() {
        return new NeedException(Kind.NOT_FOUND, null, "needs.error.not-found");
    }

    static NeedException forbidden(String messageKey) {
        return new NeedException(Kind.FORBIDDEN, null, messageKey);
    }

    static NeedException conflict(String field, String messageKey, Object... args) {
        return new NeedException(Kind.CONFLICT, field, messageKey, args);
    }
}
