package org.thirdspace.trust;

import java.util.List;

/** A trust request that breaks a rule: INVALID (400, naming {@code field}) or NOT_FOUND (404). */
public class TrustException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public TrustException(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static TrustException invalid(String field, String messageKey, Object... args) {
        return new TrustException(Kind.INVALID, field, messageKey, args);
    }

    public static TrustException notFound() {
        return new TrustException(Kind.NOT_FOUND, null, "trust.error.not-found");
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
