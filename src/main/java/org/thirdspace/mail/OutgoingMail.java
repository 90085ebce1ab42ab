package org.thirdspace.mail;

import java.util.Objects;

/**
 * A mail to send. {@code htmlBody} is optional; when present it must already be safe HTML (user data escaped).
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        if (to.isBlank() || to.contains("\n") || to.contains("\r")) {
            throw new IllegalArgumentException("invalid recipient");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("subject must be one line");
        }
    }

    public OutgoingMail(String to, String subject, String textBody) {
        this(to, subject, textBody, null);
    }
}
