package org.thirdspace.shared;

import java.util.List;

/**
 * A request that breaks one of a feature's rules, as every feature reports it: {@link #kind()}
 * decides the HTTP status (400, 404, 409, 403), {@link #messageKey()} and {@link #args()} give the
 * message from the bundles, {@link #field()} names the request field for INVALID (may be null).
 * Features subclass it ({@code ForumException}, {@code CurationException}, ...) so callers can
 * still tell whose rule it was; {@code shared.web.RuleViolationProblems} turns one into an RFC 9457
 * problem.
 */
public abstract class RuleViolation extends RuntimeException {

    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), FORBIDDEN(403);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status a violation of this kind answers with. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    protected RuleViolation(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + (field == null ? "" : field + ": ") + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
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
