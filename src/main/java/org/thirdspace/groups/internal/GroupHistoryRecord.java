package org.thirdspace.groups.internal;

import java.time.Instant;

import org.thirdspace.groups.HistoryType;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of a group's timeline; written once, never changed (no setters). */
@Entity
@Table(name = "group_history")
public class GroupHistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private HistoryType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_person_id", updatable = false)
    private Long actorPersonId;

    @Column(name = "subject_person_id", updatable = false)
    private Long subjectPersonId;

    @Column(name = "institution_id", updatable = false)
    private Long institutionId;

    @Column(name = "seat_id", updatable = false)
    private Long seatId;

    @Column(name = "ref_id", updatable = false)
    private Long refId;

    @Column(length = 500, updatable = false)
    private String detail;

    @Column(name = "activity_kind", length = 40, updatable = false)
    private String activityKind;

    protected GroupHistoryRecord() {
    }

    GroupHistoryRecord(long groupId, HistoryType type, Instant occurredAt, Long actor, Long subject,
            Long institutionId, Long seatId, Long refId, String detail) {
        this.groupId = groupId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actorPersonId = actor;
        this.subjectPersonId = subject;
        this.institutionId = institutionId;
        this.seatId = seatId;
        this.refId = refId;
        this.detail = detail;
    }

    GroupHistoryRecord withActivityKind(String kind) {
        this.activityKind = kind;
        return this;
    }

    public String activityKind() {
        return activityKind;
    }

    public long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public HistoryType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long actorPersonId() {
        return actorPersonId;
    }

    public Long subjectPersonId() {
        return subjectPersonId;
    }

    public Long institutionId() {
        return institutionId;
    }

    public Long seatId() {
        return seatId;
    }

    public Long refId() {
        return refId;
    }

    public String detail() {
        return detail;
    }
}
