package org.thirdspace.vocabularies;

/** A code that is not (or no longer) a term of a vocabulary. */
public class UnknownTermException extends IllegalArgumentException {

    private final Vocabulary vocabulary;
    private final String code;

    public UnknownTermException(Vocabulary vocabulary, String code, String message) {
        super(message);
        this.vocabulary = vocabulary;
        this.code = code;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String code() {
        return code;
    }
}
