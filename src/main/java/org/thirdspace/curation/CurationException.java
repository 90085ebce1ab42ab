package org.thirdspace.curation;

import org.thirdspace.shared.RuleViolation;

/**
 * A curation request that breaks a rule: {@code kind} decides the HTTP status (400, 404, 409,
 * 403), {@code messageKey} and {@code args} the message ({@code curation.error.*}), {@code field}
 * the request field for INVALID. Unknown collections and drafts of others are NOT_FOUND.
 */
public class CurationException extends RuleViolation {

    public CurationException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    public static CurationException invalid(String field, String messageKey, Object... args) {
        return new CurationException(Kind.INVALID, field, messageKey, args);
    }

    public static CurationException notFound() {
        return new CurationException(Kind.NOT_FOUND, null, "curation.error.not-found");
    }

    public static CurationException forbidden(String messageKey) {
        return new CurationException(Kind.FORBIDDEN, null, messageKey);
    }

    public static CurationException conflict(String messageKey) {
        return new CurationException(Kind.CONFLICT, null, messageKey);
    }
}
