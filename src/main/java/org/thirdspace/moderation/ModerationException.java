package org.thirdspace.moderation;

import java.util.List;

/**
 * A moderation request that breaks a rule: INVALID (400, naming {@code field}), NOT_FOUND (404:
 * unknown content or content the user may not see), CONFLICT (409). {@code messageKey} is a
 * {@code moderation.error.*} key.
 */
public class ModerationException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public ModerationException(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + (field == null ? "" : field + ": ") + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
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

    public Kind kind() { return kind; }
    public String field() { return field; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args.toArray(); }
}
