package org.thirdspace.glossary;

import java.util.List;

/**
 * A glossary request that breaks a rule: INVALID (400, {@code field} names the culprit), NOT_FOUND
 * (404) or CONFLICT (409, a term or synonym another term already has). {@code messageKey} and
 * {@code args} give the message ({@code glossary.error.*}).
 */
public class GlossaryException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public GlossaryException(Kind kind, String field, String messageKey, Object... args) {
        super(kind + " " + (field == null ? "" : field + ": ") + messageKey + " " + List.of(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    static GlossaryException invalid(String field, String messageKey, Object... args) {
        return new GlossaryException(Kind.INVALID, field, messageKey, args);
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
