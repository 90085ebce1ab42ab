package org.thirdspace.groups.internal;

import java.time.Instant;

import org.thirdspace.groups.JoinRequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A join request or invitation. {@code openSlot}: 1 while open (one open per person and group). */
@Entity
@Table(name = "group_join")
public class GroupJoin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private JoinRequest.Kind kind;

    @Column(length = 1000)
    private String message;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "invited_by_person_id")
    private Long invitedByPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private JoinRequest.Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_person_id")
    private Long decidedByPersonId;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "open_slot")
    private Integer openSlot;

    @Version
    private long version;

    protected GroupJoin() {
    }

    public static GroupJoin open(long groupId, long personId, JoinRequest.Kind kind, String message,
            Long institutionId, Long invitedBy, Instant now) {
        var j = new GroupJoin();
        j.groupId = groupId;
        j.personId = personId;
        j.kind = kind;
        j.message = message;
        j.institutionId = institutionId;
        j.invitedByPersonId = invitedBy;
        j.status = JoinRequest.Status.OPEN;
        j.createdAt = now;
        j.openSlot = 1;
        return j;
    }

    public void decide(JoinRequest.Status outcome, Long by, String note, Instant now) {
        status = outcome;
        decidedByPersonId = by;
        decisionNote = note;
        decidedAt = now;
        openSlot = null;
    }

    public boolean isOpen() {
        return status == JoinRequest.Status.OPEN;
    }

    public long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public long personId() {
        return personId;
    }

    public JoinRequest.Kind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public Long institutionId() {
        return institutionId;
    }

    public Long invitedByPersonId() {
        return invitedByPersonId;
    }

    public JoinRequest.Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long decidedByPersonId() {
        return decidedByPersonId;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
