package org.thirdspace.trust;

import org.thirdspace.shared.RuleViolation;

/** A trust request that breaks a rule: INVALID (400, naming {@code field}) or NOT_FOUND (404). */
public class TrustException extends RuleViolation {

    public TrustException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    public static TrustException invalid(String field, String messageKey, Object... args) {
        return new TrustException(Kind.INVALID, field, messageKey, args);
    }

    public static TrustException notFound() {
        return new TrustException(Kind.NOT_FOUND, null, "trust.error.not-found");
    }
}
