package org.thirdspace.introductions;

/** A request that breaks a rule; {@code messageKey} explains it, {@code kind} decides the HTTP status. */
public class IntroductionException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String messageKey;

    public IntroductionException(Kind kind, String messageKey) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }
}
