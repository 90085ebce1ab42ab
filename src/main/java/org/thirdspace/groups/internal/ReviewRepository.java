package org.thirdspace.groups.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRepository extends JpaRepository<Review, Long> {

    /** Newest first. */
    @Query("select r from Review r where r.groupId = :groupId order by r.reviewedOn desc, r.id desc")
    List<Review> findByGroup(long groupId);

    @Query("select max(r.reviewedOn) from Review r where r.groupId = :groupId")
    Optional<LocalDate> latestReviewedOn(long groupId);

    /** A group that may need a review reminder: not closed, with its latest review date (null: none). */
    record ReminderCandidate(long groupId, Instant createdAt, Instant remindedAt, LocalDate lastReviewedOn) {
    }

    /** Rows of group id, created at, reminded at, latest review date (or null), for groups not closed. */
    @Query("select g.id, g.createdAt, g.reviewRemindedAt, max(r.reviewedOn) from Group g"
            + " left join Review r on r.groupId = g.id where g.stage <> org.thirdspace.groups.Stage.CLOSED"
            + " group by g.id, g.createdAt, g.reviewRemindedAt order by g.id")
    List<Object[]> reminderRows();

    default List<ReminderCandidate> reminderCandidates() {
        return reminderRows().stream().map(r -> new ReminderCandidate(((Number) r[0]).longValue(), (Instant) r[1],
                (Instant) r[2], (LocalDate) r[3])).toList();
    }
}
