package org.thirdspace.groups.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.Stage;

/**
 * When a group's yearly self-review is due: a year after its latest review, or a year after the
 * group was created when it has none. Closed groups are never due.
 */
@Component
@Transactional(readOnly = true)
public class ReviewSchedule {

    private final ReviewRepository reviews;
    private final Clock clock;

    ReviewSchedule(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    public LocalDate dueOn(Group group) {
        return dueOn(group.createdAt(), reviews.latestReviewedOn(group.id()).orElse(null));
    }

    public LocalDate dueOn(Instant createdAt, LocalDate lastReviewedOn) {
        LocalDate base = lastReviewedOn != null ? lastReviewedOn : LocalDate.ofInstant(createdAt, clock.getZone());
        return base.plusYears(1);
    }

    public boolean due(Group group) {
        return group.stage() != Stage.CLOSED && !LocalDate.now(clock).isBefore(dueOn(group));
    }
}
