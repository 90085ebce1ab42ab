package org.thirdspace.security.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts: refused without checking the credentials. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes to wait, at least 1. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
