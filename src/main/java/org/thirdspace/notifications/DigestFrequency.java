package org.thirdspace.notifications;

/** How often a member's digest email is sent. */
public enum DigestFrequency {
    DAILY, WEEKLY
}
