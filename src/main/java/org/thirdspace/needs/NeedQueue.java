package org.thirdspace.needs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.needs.internal.Need;
import org.thirdspace.needs.internal.NeedRepository;

/**
 * The brokers' queue of unanswered needs: open needs that no broker has claimed, closed or
 * otherwise answered since they were posted or last reopened, longest waiting first. Brokers,
 * moderators and admins read it (they see every need). After {@code thirdspace.needs.alert-after-days}
 * (default 7) days a need is overdue, and brokers are alerted once per wait ({@link NeedUnanswered}).
 */
@Service
@Transactional(readOnly = true)
public class NeedQueue {

    static final String QUEUE_READERS = "hasAnyRole('BROKER', 'MODERATOR', 'ADMIN')";

    private final NeedRepository needs;
    private final NeedService service;
    private final Clock clock;
    private final int alertAfterDays;

    NeedQueue(NeedRepository needs, NeedService service, Clock clock,
            @Value("${thirdspace.needs.alert-after-days:7}") int alertAfterDays) {
        if (alertAfterDays < 1) {
            throw new IllegalArgumentException("thirdspace.needs.alert-after-days must be at least 1, not "
                    + alertAfterDays);
        }
        this.needs = needs;
        this.service = service;
        this.clock = clock;
        this.alertAfterDays = alertAfterDays;
    }

    /** After how many days without an answer a need is overdue and brokers are alerted. */
    public int alertAfterDays() {
        return alertAfterDays;
    }

    /** A page of the queue, longest waiting first; {@code page} from 0, {@code size} 1 to 100. */
    @PreAuthorize(QUEUE_READERS)
    public NeedQueuePage unanswered(int page, int size) {
        if (size < 1 || size > NeedService.MAX_SIZE) {
            throw NeedException.invalid("size", "needs.error.size", NeedService.MAX_SIZE);
        }
        if (page < 0) {
            throw NeedException.invalid("page", "needs.error.page");
        }
        Instant now = clock.instant();
        Page<Need> found = needs.unanswered(PageRequest.of(page, size));
        List<NeedSummary> summaries = service.summaries(found.getContent());
        List<QueuedNeed> items = new java.util.ArrayList<>(summaries.size());
        for (int i = 0; i < summaries.size(); i++) {
            Instant since = found.getContent().get(i).waitingSince();
            long days = daysBetween(since, now);
            items.add(new QueuedNeed(summaries.get(i), since, days, days >= alertAfterDays));
        }
        return new NeedQueuePage(found.getTotalElements(), overdueCount(now), alertAfterDays, page, size, items);
    }

    /** How many needs are unanswered and how many of them overdue (for dashboards). */
    @PreAuthorize(QUEUE_READERS)
    public Counts counts() {
        Instant now = clock.instant();
        return new Counts(needs.countUnansweredSince(now.plusSeconds(1)), overdueCount(now));
    }

    /** Sizes of the queue. */
    public record Counts(long unanswered, long overdue) {
    }

    private long overdueCount(Instant now) {
        return needs.countUnansweredSince(now.minus(Duration.ofDays(alertAfterDays)));
    }

    static long daysBetween(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toDays());
    }
}
