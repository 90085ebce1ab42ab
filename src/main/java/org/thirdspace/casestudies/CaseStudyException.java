package org.thirdspace.casestudies;

import org.thirdspace.shared.RuleViolation;

/**
 * A case-study request that breaks a rule. {@code kind} decides the HTTP status (400, 404, 409,
 * 403); {@code messageKey} and {@code args} give the message ({@code casestudies.error.*});
 * {@code field} names the request field for INVALID (may be null). Unknown case studies and
 * those the user may not see (drafts of others, private groups) are both NOT_FOUND.
 */
public class CaseStudyException extends RuleViolation {

    public CaseStudyException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    public static CaseStudyException invalid(String field, String messageKey, Object... args) {
        return new CaseStudyException(Kind.INVALID, field, messageKey, args);
    }

    public static CaseStudyException notFound() {
        return new CaseStudyException(Kind.NOT_FOUND, null, "casestudies.error.not-found");
    }

    public static CaseStudyException notFound(String messageKey, Object... args) {
        return new CaseStudyException(Kind.NOT_FOUND, null, messageKey, args);
    }

    public static CaseStudyException conflict(String messageKey, Object... args) {
        return new CaseStudyException(Kind.CONFLICT, null, messageKey, args);
    }

    public static CaseStudyException forbidden(String messageKey, Object... args) {
        return new CaseStudyException(Kind.FORBIDDEN, null, messageKey, args);
    }
}
