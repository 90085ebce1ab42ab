package org.thirdspace.gaps;

import org.thirdspace.shared.RuleViolation;

/**
 * A gap-board request that breaks a rule: INVALID (400, {@code field} names the culprit),
 * NOT_FOUND (404), CONFLICT (409: a duplicate answer, answering a closed gap) or FORBIDDEN (403).
 * {@code messageKey} and {@code args} give the message ({@code gaps.error.*}).
 */
public class GapException extends RuleViolation {

    public GapException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    static GapException invalid(String field, String messageKey, Object... args) {
        return new GapException(Kind.INVALID, field, messageKey, args);
    }

    static GapException notFound() {
        return new GapException(Kind.NOT_FOUND, null, "gaps.error.not-found");
    }
}
