package org.thirdspace.moderation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.thirdspace.moderation.ModerationActionType;

/** What an author was told about a moderation outcome for their content. */
@Entity
@Immutable
@Table(name = "moderation_notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_person_id", nullable = false)
    private long recipientPersonId;
    @Column(name = "target_type", nullable = false)
    private String targetType;
    @Column(name = "target_id", nullable = false)
    private String targetId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationActionType outcome;
    @Column(nullable = false)
    private boolean automatic;
    private String message;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notice() {
    }

    public Notice(long recipientPersonId, String targetType, String targetId, ModerationActionType outcome,
            boolean automatic, String message, Instant createdAt) {
        this.automatic = automatic;
        this.recipientPersonId = recipientPersonId;
        this.targetType = targetType;
        this.targetId = targetId;
        this.outcome = outcome;
        this.message = message;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public long recipientPersonId() { return recipientPersonId; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public ModerationActionType outcome() { return outcome; }
    public boolean automatic() { return automatic; }
    public String message() { return message; }
    public Instant createdAt() { return createdAt; }
}
