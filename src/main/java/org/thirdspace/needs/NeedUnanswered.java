package org.thirdspace.needs;

import java.time.Instant;

/**
 * Published once per wait when an open need has had no answer from a broker for the configured
 * number of days ({@code thirdspace.needs.alert-after-days}).
 */
public record NeedUnanswered(long needId, String title, Instant waitingSince, long daysWaiting) {
}
