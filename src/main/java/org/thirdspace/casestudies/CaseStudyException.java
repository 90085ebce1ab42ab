package org.thirdspace.casestudies;

import java.util.List;

/**
 * A case-study request that breaks a rule. {@code kind} decides the HTTP status (400, 404, 409,
 * 403); {@code messageKey} and {@code args} give the message ({@code casestudies.error.*});
 * {@code field} names the request field for INVALID (may be null). Unknown case studies and
 * those the user may not see (drafts of others, private groups) are both NOT_FOUND.
 */
public class CaseStudyException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public CaseStudyException(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + (field == null ? "" : field + ": ") + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
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

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
