package org.thirdspace.groups.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.thirdspace.groups.CoreComponent;
import org.thirdspace.groups.SelfReview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/** A self-review of a group on the ten core components. Kept for ever, never changed. */
@Entity
@Table(name = "self_review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "recorded_by_person_id")
    private Long recordedByPersonId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "aims_reaffirmed", nullable = false)
    private boolean aimsReaffirmed;

    @Column(name = "aims_note", length = 2000)
    private String aimsNote;

    @ElementCollection
    @CollectionTable(name = "self_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "component", length = 40)
    private Map<CoreComponent, ReviewScore> scores = new EnumMap<>(CoreComponent.class);

    protected Review() {
    }

    public Review(long groupId, LocalDate reviewedOn, Long recordedBy, Instant recordedAt, boolean aimsReaffirmed,
            String aimsNote, Map<CoreComponent, ReviewScore> scores) {
        this.groupId = groupId;
        this.reviewedOn = reviewedOn;
        this.recordedByPersonId = recordedBy;
        this.recordedAt = recordedAt;
        this.aimsReaffirmed = aimsReaffirmed;
        this.aimsNote = aimsNote == null || aimsNote.isBlank() ? null : aimsNote.strip();
        this.scores.putAll(scores);
    }

    public long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public Long recordedByPersonId() {
        return recordedByPersonId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Score of a component, 0 when missing. */
    public int score(CoreComponent component) {
        ReviewScore s = scores.get(component);
        return s == null ? 0 : s.score();
    }

    public SelfReview toRecord(String recordedByName) {
        List<SelfReview.ComponentScore> list = java.util.Arrays.stream(CoreComponent.values())
                .filter(scores::containsKey)
                .map(c -> new SelfReview.ComponentScore(c, scores.get(c).score(), scores.get(c).notes()))
                .toList();
        return new SelfReview(id, groupId, reviewedOn, recordedByName, recordedAt, aimsReaffirmed, aimsNote, list);
    }
}
