package org.thirdspace.groups;

import org.thirdspace.shared.RuleViolation;

/**
 * A group request that breaks a rule. {@code kind} decides the HTTP status (400, 404, 409, 403);
 * {@code messageKey} and {@code args} give the message; {@code field} names the request field
 * for INVALID (may be null). Unknown and invisible groups are both NOT_FOUND, so that a private
 * group's existence is never revealed.
 */
public class GroupException extends RuleViolation {

    public GroupException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
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
}
