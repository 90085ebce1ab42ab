package org.thirdspace.forum;

import org.thirdspace.shared.RuleViolation;

/**
 * A forum request that breaks a rule. {@code kind} decides the HTTP status (400, 404, 409, 403);
 * {@code messageKey} and {@code args} give the message ({@code forum.error.*}); {@code field}
 * names the request field for INVALID (may be null). Unknown topics, posts and forums and those
 * the user may not see (private groups) are both NOT_FOUND.
 */
public class ForumException extends RuleViolation {

    public ForumException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    public static ForumException invalid(String field, String messageKey, Object... args) {
        return new ForumException(Kind.INVALID, field, messageKey, args);
    }

    public static ForumException notFound() {
        return new ForumException(Kind.NOT_FOUND, null, "forum.error.not-found");
    }

    public static ForumException conflict(String messageKey, Object... args) {
        return new ForumException(Kind.CONFLICT, null, messageKey, args);
    }

    public static ForumException forbidden(String messageKey, Object... args) {
        return new ForumException(Kind.FORBIDDEN, null, messageKey, args);
    }
}
