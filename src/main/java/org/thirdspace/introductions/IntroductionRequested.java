package org.thirdspace.introductions;

/** Published (with the transaction) when a member asked to be introduced. */
public record IntroductionRequested(long introductionId, long requesterId, long recipientId) {
}
