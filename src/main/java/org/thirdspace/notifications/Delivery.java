package org.thirdspace.notifications;

/** How a member wants one kind of notification: every choice but OFF also shows it behind the bell. */
public enum Delivery {
    /** Behind the bell only. */
    IN_APP,
    /** Behind the bell and emailed at once. */
    IMMEDIATE,
    /** Behind the bell and collected into the daily or weekly digest email. */
    DIGEST,
    /** Not at all. */
    OFF;

    public boolean emailed() {
        return this == IMMEDIATE || this == DIGEST;
    }
}
