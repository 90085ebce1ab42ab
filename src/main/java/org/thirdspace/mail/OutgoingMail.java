package org.thirdspace.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mail to send. {@code htmlBody} is optional; when present it must already be safe HTML (user data escaped).
 * {@code headers} are optional extra headers, only those of {@link #EXTRA_HEADERS} (one line each).
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody, Map<String, String> headers) {

    /** The extra headers a mail may carry. */
    public static final Set<String> EXTRA_HEADERS = Set.of("List-Unsubscribe", "List-Unsubscribe-Post", "Message-ID");

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
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach((name, value) -> {
            if (!EXTRA_HEADERS.contains(name)) {
                throw new IllegalArgumentException("unsupported header " + name);
            }
            if (value == null || value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("header " + name + " must be one line");
            }
        });
    }

    public OutgoingMail(String to, String subject, String textBody, String htmlBody) {
        this(to, subject, textBody, htmlBody, Map.of());
    }

    public OutgoingMail(String to, String subject, String textBody) {
        this(to, subject, textBody, null, Map.of());
    }
}
