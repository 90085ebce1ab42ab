package org.thirdspace.people;

import java.util.List;

/**
 * A profile or affiliation value the service refused (unknown vocabulary code, out of range, ...).
 * {@code field} names the request field; {@code messageKey} and {@code args} give the message.
 */
public class InvalidProfileException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public InvalidProfileException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey + " " + List.of(args));
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
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
