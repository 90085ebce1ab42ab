package org.thirdspace.gaps;

import java.util.List;

/**
 * A gap-board request that breaks a rule: INVALID (400, {@code field} names the culprit),
 * NOT_FOUND (404), CONFLICT (409: a duplicate answer, answering a closed gap) or FORBIDDEN (403).
 * {@code messageKey} and {@code args} give the message ({@code gaps.error.*}).
 */
public class GapException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public GapException(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + (field == null ? "" : field + ": ") + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    static GapException invalid(String field, String messageKey, Object... args) {
        return new GapException(Kind.INVALID, field, messageKey, args);
    }

    static GapException notFound() {
        return new GapException(Kind.NOT_FOUND, null, "gaps.error.not-found");
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
