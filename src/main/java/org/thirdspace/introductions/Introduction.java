package org.thirdspace.introductions;

import java.time.Instant;

/**
 * A request to be introduced, as its requester or recipient sees it. The emails are filled in
 * only once the recipient accepted (then both see both).
 */
public record Introduction(
        long id,
        long requesterId,
        String requesterName,
        long recipientId,
        String recipientName,
        String message,
        Status status,
        String declineReason,
        Instant createdAt,
        Instant answeredAt,
        String requesterEmail,
        String recipientEmail) {

    public enum Status { OPEN, ACCEPTED, DECLINED }
}
