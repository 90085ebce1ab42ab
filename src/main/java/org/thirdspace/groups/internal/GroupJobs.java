package org.thirdspace.groups.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.groups.HandoverOverdue;
import org.thirdspace.groups.HistoryType;
import org.thirdspace.groups.SelfReviewDue;

/**
 * The daily group jobs, also run once at start-up: free the slots of seat assignments whose end
 * date has come, flag handovers still open after their due date (once each), and remind groups
 * whose yearly self-review is due (at most once a year). Each job runs in its own transaction.
 */
@Component
public class GroupJobs {

    private static final Logger log = LoggerFactory.getLogger(GroupJobs.class);

    private final SeatAssigner assigner;
    private final SeatHandoverRepository handovers;
    private final ReviewRepository reviews;
    private final ReviewSchedule schedule;
    private final GroupRepository groups;
    private final GroupHistoryLog history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GroupJobs(SeatAssigner assigner, SeatHandoverRepository handovers, ReviewRepository reviews,
            ReviewSchedule schedule, GroupRepository groups, GroupHistoryLog history, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.assigner = assigner;
        this.handovers = handovers;
        this.reviews = reviews;
        this.schedule = schedule;
        this.groups = groups;
        this.history = history;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        runAll();
    }

    @Scheduled(cron = "${thirdspace.groups.jobs-cron:0 10 3 * * *}")
    void daily() {
        runAll();
    }

    private void runAll() {
        try {
            int closed = closeEndedAssignments();
            int flagged = flagOverdueHandovers();
            int reminded = remindReviews();
            if (closed + flagged + reminded > 0) {
                log.info("Group jobs: {} assignments ended, {} handovers overdue, {} review reminders", closed,
                        flagged, reminded);
            }
        } catch (RuntimeException e) {
            log.warn("Group jobs failed; they run again at the next schedule", e);
        }
    }

    /** Frees the slots of assignments whose end date has come; returns how many. */
    public int closeEndedAssignments() {
        Integer n = transaction.execute(status -> assigner.closeEndedAssignments());
        return n == null ? 0 : n;
    }

    /** Flags handovers open past their due date (each once): history entry and {@link HandoverOverdue}. */
    public int flagOverdueHandovers() {
        Integer n = transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            List<SeatHandover> overdue = handovers.findOverdueUnflagged(today);
            for (SeatHandover h : overdue) {
                h.flagOverdue(now);
                history.record(h.groupId(), HistoryType.HANDOVER_OVERDUE, null, h.outgoingPersonId(),
                        h.institutionId(), h.seatId(), h.id(), h.dueOn().toString());
                events.publishEvent(new HandoverOverdue(h.groupId(), h.id()));
            }
            return overdue.size();
        });
        return n == null ? 0 : n;
    }

    /**
     * Publishes {@link SelfReviewDue} for groups (not closed) whose latest review, or creation when
     * they have none, is a year old or more, unless they were reminded since it fell due and
     * within the last year.
     */
    public int remindReviews() {
        Integer n = transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            Instant yearAgo = today.minusYears(1).atStartOfDay(clock.getZone()).toInstant();
            int count = 0;
            for (ReviewRepository.ReminderCandidate c : reviews.reminderCandidates()) {
                LocalDate dueOn = schedule.dueOn(c.createdAt(), c.lastReviewedOn());
                if (today.isBefore(dueOn)) {
                    continue;
                }
                Instant dueAt = dueOn.atStartOfDay(clock.getZone()).toInstant();
                if (c.remindedAt() != null && !c.remindedAt().isBefore(dueAt) && c.remindedAt().isAfter(yearAgo)) {
                    continue;
                }
                groups.findById(c.groupId()).ifPresent(g -> g.markReviewReminded(now));
                events.publishEvent(new SelfReviewDue(c.groupId()));
                count++;
            }
            return count;
        });
        return n == null ? 0 : n;
    }
}
