package org.thirdspace.search;

/** An index operation failed (the message says which index and why). */
public class SearchIndexException extends RuntimeException {

    public SearchIndexException(String message) {
        super(message);
    }

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
