package org.thirdspace.introductions;

import java.time.Instant;

/**
 * An introduction a broker sent for a need: between the need's author (requester) and a suggested
 * person (recipient), with its answer. Emails are never part of it.
 */
public record NeedIntroduction(
        long id,
        long needId,
        long requesterId,
        String requesterName,
        long recipientId,
        String recipientName,
        long brokerId,
        String brokerName,
        String message,
        Introduction.Status status,
        String declineReason,
        Instant createdAt,
        Instant answeredAt) {
}
