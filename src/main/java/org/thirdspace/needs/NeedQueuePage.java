package org.thirdspace.needs;

import java.util.List;

/**
 * One page of the unanswered-needs queue, longest waiting first. {@code total} counts every
 * unanswered need, {@code overdue} those past the alert threshold of {@code alertAfterDays}.
 */
public record NeedQueuePage(long total, long overdue, int alertAfterDays, int page, int size, List<QueuedNeed> items) {
}
