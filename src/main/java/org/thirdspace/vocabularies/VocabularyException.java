package org.thirdspace.vocabularies;

/**
 * A change to a vocabulary that breaks one of its rules. {@link #messageKey()} names the
 * explanation in {@code i18n/vocabularies.properties}; {@link #argument()} fills its placeholder.
 */
public class VocabularyException extends RuntimeException {

    /** What went wrong, for API status codes. */
    public enum Reason { NOT_EDITABLE, INVALID, DUPLICATE, UNKNOWN_TERM, INVALID_SUCCESSOR, CYCLE }

    private final Reason reason;
    private final String messageKey;
    private final String argument;

    public VocabularyException(Reason reason, String messageKey, String argument) {
        super(messageKey + (argument == null ? "" : " (" + argument + ")"));
        this.reason = reason;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public String argument() {
        return argument;
    }
}
