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

import org.thirdspace.moderation.FlagReason;
import org.thirdspace.moderation.ModerationActionType;

/** One member's flag on one item; open until a moderator's action (or a dismissal) resolves it. */
@Entity
@Table(name = "moderation_flag")
public class Flag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "target_type", nullable = false)
    private String targetType;
    @Column(name = "target_id", nullable = false)
    private String targetId;
    @Column(name = "flagger_account_id", nullable = false)
    private long flaggerAccountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagReason reason;
    private String details;
    @Column(nullable = false)
    private boolean trusted;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by_account_id")
    private Long resolvedByAccountId;
    @Enumerated(EnumType.STRING)
    private ModerationActionType resolution;

    protected Flag() {
    }

    public Flag(String targetType, String targetId, long flaggerAccountId, FlagReason reason, String details,
            boolean trusted, Instant createdAt) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.flaggerAccountId = flaggerAccountId;
        this.reason = reason;
        this.details = details;
        this.trusted = trusted;
        this.createdAt = createdAt;
        this.openKey = openKey(targetType, targetId, flaggerAccountId);
    }

    public static String openKey(String targetType, String targetId, long accountId) {
        return targetType + ":" + targetId + ":" + accountId;
    }

    public void resolve(ModerationActionType how, Long byAccountId, Instant at) {
        this.resolution = how;
        this.resolvedByAccountId = byAccountId;
        this.resolvedAt = at;
        this.openKey = null;
    }

    public Long id() { return id; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public long flaggerAccountId() { return flaggerAccountId; }
    public FlagReason reason() { return reason; }
    public String details() { return details; }
    public boolean trusted() { return trusted; }
    public Instant createdAt() { return createdAt; }
    public Instant resolvedAt() { return resolvedAt; }
}
