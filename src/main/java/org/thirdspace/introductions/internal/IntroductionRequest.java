package org.thirdspace.introductions.internal;

import java.time.Instant;

import org.thirdspace.introductions.Introduction.Status;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "introduction")
public class IntroductionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requester_person_id", nullable = false)
    private long requesterId;

    @Column(name = "recipient_person_id", nullable = false)
    private long recipientId;

    @Column(nullable = false, length = 1000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "need_id")
    private Long needId;

    @Column(name = "brokered_by_person_id")
    private Long brokeredByPersonId;

    @Version
    private long version;

    protected IntroductionRequest() {
    }

    public IntroductionRequest(long requesterId, long recipientId, String message, Instant now) {
        this.requesterId = requesterId;
        this.recipientId = recipientId;
        this.message = message;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    /** An introduction a broker sends for a need, between its author (requester) and a suggested person. */
    public static IntroductionRequest brokered(long requesterId, long recipientId, String message, long needId,
            long brokerId, Instant now) {
        IntroductionRequest request = new IntroductionRequest(requesterId, recipientId, message, now);
        request.needId = needId;
        request.brokeredByPersonId = brokerId;
        return request;
    }

    public void accept(Instant now) {
        this.status = Status.ACCEPTED;
        this.answeredAt = now;
    }

    public void decline(String reason, Instant now) {
        this.status = Status.DECLINED;
        this.declineReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.answeredAt = now;
    }

    public long id() { return id; }
    public long requesterId() { return requesterId; }
    public long recipientId() { return recipientId; }
    public String message() { return message; }
    public Status status() { return status; }
    public String declineReason() { return declineReason; }
    public Instant createdAt() { return createdAt; }
    public Instant answeredAt() { return answeredAt; }
    public Long needId() { return needId; }
    public Long brokeredByPersonId() { return brokeredByPersonId; }
}
