package org.thirdspace.mail;

import java.time.Instant;

/** A mail captured by the development mailbox. */
public record CapturedMail(long id, String recipient, String subject, String textBody, String htmlBody,
                           Instant createdAt) {
}
