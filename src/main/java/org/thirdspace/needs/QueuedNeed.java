package org.thirdspace.needs;

import java.time.Instant;

/**
 * A need in the brokers' queue: open, and no broker has answered since {@code waitingSince} (when it
 * was posted or last reopened). {@code daysWaiting} are whole days; {@code overdue} once it has
 * waited {@link NeedQueue#alertAfterDays()} days or more.
 */
public record QueuedNeed(NeedSummary need, Instant waitingSince, long daysWaiting, boolean overdue) {
}
