package org.thirdspace.introductions;

/** Published (with the transaction) when the recipient accepted or declined. */
public record IntroductionAnswered(long introductionId, long requesterId, long recipientId, boolean accepted) {
}
