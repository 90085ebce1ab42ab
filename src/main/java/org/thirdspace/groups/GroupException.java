package org.thirdspace.groups;

import java.util.List;

/**
 * A group request that breaks a rule. {@code kind} decides the HTTP status (400, 404, 409, 403);
 * {@code messageKey} and {@code args} give the message; {@code field} names the request field
 * for INVALID (may be null). Unknown and invisible groups are both NOT_FOUND, so that a private
 * group's existence is never revealed.
 */
public class GroupException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public GroupException(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + (field == null ? "" : field + ": ") + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static GroupException invalid(String field, String messageKey, Object... args) {
        return new GroupException(Kind.INVALID, field, messageKey, args);
    }

    public static GroupException notFound(String messageKey, Object... args) {
        return new GroupException(Kind.NOT_FOUND, null, messageKey, args);
    }

    public static GroupException conflict(String messageKey, Object... args) {
        return new GroupException(Kind.CONFLICT, null, messageKey, args);
    }

    public static GroupException forbidden(String messageKey, Object... args) {
        return new GroupException(Kind.FORBIDDEN, null, messageKey, args);
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
