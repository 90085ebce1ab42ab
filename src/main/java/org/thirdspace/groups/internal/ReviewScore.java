package org.thirdspace.groups.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The score (1 to 4) and notes of one core component in a self-review. */
@Embeddable
public class ReviewScore {

    @Column(nullable = false)
    private int score;

    @Column(length = 2000)
    private String notes;

    protected ReviewScore() {
    }

    public ReviewScore(int score, String notes) {
        this.score = score;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public int score() {
        return score;
    }

    public String notes() {
        return notes;
    }
}
