package org.thirdspace.forum.api;

import org.springframework.http.HttpStatus;

/**
 * A request body refused before it was parsed: not UTF-8 (400, with the offset of the first bad
 * byte) or larger than the forum API reads (413).
 */
class RequestBodyRefused extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    RequestBodyRefused(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
