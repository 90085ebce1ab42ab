package org.thirdspace.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A stored audit entry. Immutable: Hibernate never issues an update for it, and it has no setters. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;
    @Column(name = "actor_label", nullable = false, updatable = false)
    private String actorLabel;
    @Column(nullable = false, updatable = false)
    private String action;
    @Column(name = "target_type", nullable = false, updatable = false)
    private String targetType;
    @Column(name = "target_id", nullable = false, updatable = false)
    private String targetId;
    @Column(updatable = false)
    private String summary;
    @Column(name = "before_state", updatable = false, columnDefinition = "longtext")
    private String before;
    @Column(name = "after_state", updatable = false, columnDefinition = "longtext")
    private String after;

    protected AuditRecord() {
    }

    public AuditRecord(Instant occurredAt, Long actorAccountId, String actorLabel, String action, String targetType,
            String targetId, String summary, String before, String after) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorLabel = actorLabel;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.summary = summary;
        this.before = before;
        this.after = after;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public Long actorAccountId() { return actorAccountId; }
    public String actorLabel() { return actorLabel; }
    public String action() { return action; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public String summary() { return summary; }
    public String before() { return before; }
    public String after() { return after; }
}
