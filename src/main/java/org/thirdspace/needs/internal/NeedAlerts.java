package org.thirdspace.needs.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.needs.NeedUnanswered;

/**
 * Alerts brokers about needs that have waited too long: every {@code thirdspace.needs.alert-cron}
 * (default at 15 past each hour) each open need unanswered for {@code alert-after-days} is marked
 * and {@link NeedUnanswered} is published with the mark, in one transaction per need, so a need
 * gives one alert per wait even with several instances running the job.
 */
@Component
public class NeedAlerts {

    private static final Logger log = LoggerFactory.getLogger(NeedAlerts.class);
    private static final int BATCH = 100;

    private final NeedRepository needs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int alertAfterDays;

    NeedAlerts(NeedRepository needs, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock, @Value("${thirdspace.needs.alert-after-days:7}") int alertAfterDays) {
        this.needs = needs;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.alertAfterDays = alertAfterDays;
    }

    @Scheduled(cron = "${thirdspace.needs.alert-cron:0 15 * * * *}")
    void scheduled() {
        try {
            int alerted = alertOverdue();
            if (alerted > 0) {
                log.info("Needs: brokers alerted about {} unanswered needs", alerted);
            }
        } catch (RuntimeException e) {
            log.warn("Unanswered-needs alerts failed; they run again at the next schedule", e);
        }
    }

    /** Marks and announces every overdue need not alerted yet; returns how many. */
    public int alertOverdue() {
        int count = 0;
        while (true) {
            Instant before = clock.instant().minus(Duration.ofDays(alertAfterDays));
            List<Long> ids = transaction.execute(s -> needs.unalertedSince(before, PageRequest.of(0, BATCH)));
            int done = 0;
            for (long id : ids) {
                Boolean alerted = transaction.execute(s -> alert(id, before));
                if (Boolean.TRUE.equals(alerted)) {
                    done++;
                }
            }
            count += done;
            if (ids.size() < BATCH || done == 0) {
                return count;
            }
        }
    }

    private boolean alert(long id, Instant before) {
        Need need = needs.findForUpdate(id).orElse(null);
        // re-checked under the lock: another instance may have alerted, or a broker answered
        if (need == null || need.unansweredAlertAt() != null || need.status() != org.thirdspace.needs.NeedStatus.OPEN
                || need.waitingSince().isAfter(before)
                || (need.lastResponseAt() != null && !need.lastResponseAt().isBefore(need.waitingSince()))) {
            return false;
        }
        Instant now = clock.instant();
        need.alerted(now);
        events.publishEvent(new NeedUnanswered(need.id(), need.title(), need.waitingSince(),
                Math.max(0, Duration.between(need.waitingSince(), now).toDays())));
        return true;
    }
}
