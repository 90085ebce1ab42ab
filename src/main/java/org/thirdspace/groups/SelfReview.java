package org.thirdspace.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A self-review on the ten core components, with the group's aims reaffirmed (or not). */
public record SelfReview(
        long id,
        long groupId,
        LocalDate reviewedOn,
        String recordedByName,
        Instant recordedAt,
        boolean aimsReaffirmed,
        String aimsNote,
        List<ComponentScore> scores) {

    /** Score 1 (weak) to 4 (strong) with notes. */
    public record ComponentScore(CoreComponent component, int score, String notes) {
    }

    public double average() {
        return scores.stream().mapToInt(ComponentScore::score).average().orElse(0);
    }
}
