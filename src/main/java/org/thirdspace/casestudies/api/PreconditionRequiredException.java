package org.thirdspace.casestudies.api;

/** A change that must say which revision it was based on did not: answered with 428. */
class PreconditionRequiredException extends RuntimeException {

    private final String messageKey;

    PreconditionRequiredException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
