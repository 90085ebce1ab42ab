package org.thirdspace.curation;

import java.util.List;

/**
 * A curation request that breaks a rule: {@code kind} decides the HTTP status (400, 404, 409,
 * 403), {@code messageKey} and {@code args} the message ({@code curation.error.*}), {@code field}
 * the request field for INVALID. Unknown collections and drafts of others are NOT_FOUND.
 */
public class CurationException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public CurationException(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + (field == null ? "" : field + ": ") + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
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
