package org.thirdspace.security;

/**
 * A business rule refused an account operation. {@link #messageKey()} is a key of the {@code security}
 * message bundle that explains it to the user.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The email address is already registered. */
    public static class EmailTaken extends AccountException {
        public EmailTaken() {
            super("security.signup.email-taken");
        }
    }

    /** A verification or reset token is unknown, expired or used. */
    public static class InvalidToken extends AccountException {
        public InvalidToken() {
            super("security.token.invalid");
        }
    }

    /** The account does not exist. */
    public static class NotFound extends AccountException {
        public NotFound() {
            super("security.account.not-found");
        }
    }
}
