package org.thirdspace.groups.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.groups.SeatAssignment.EndReason;
import org.thirdspace.groups.SeatAssignment.Kind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A dated holder or deputy of a seat. {@code openSlot} is 1 while the assignment is open and NULL
 * once it has ended: the unique key (seat_id, kind, open_slot) keeps a seat from ever having two
 * open assignments of one kind. An assignment whose end lies in the future stays open until that
 * day ({@link #closeIfEnded}).
 */
@Entity
@Table(name = "seat_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_id", nullable = false)
    private long seatId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @Column(name = "assigned_by_person_id")
    private Long assignedByPersonId;

    @Column(name = "ended_by_person_id")
    private Long endedByPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "open_slot")
    private Integer openSlot;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(long seatId, long personId, Kind kind, LocalDate startedOn, Long assignedBy, Instant now) {
        this.seatId = seatId;
        this.personId = personId;
        this.kind = kind;
        this.startedOn = startedOn;
        this.assignedByPersonId = assignedBy;
        this.createdAt = now;
        this.openSlot = 1;
    }

    /**
     * Ends the assignment on {@code on} (never before it started). It stays open while {@code on}
     * is after {@code today}.
     */
    public void end(LocalDate on, EndReason reason, Long endedBy, LocalDate today) {
        LocalDate end = on.isBefore(startedOn) ? startedOn : on;
        this.endedOn = end;
        this.endReason = reason;
        this.endedByPersonId = endedBy;
        closeIfEnded(today);
    }

    /** Frees the open slot once the end date has come; true when it did. */
    public boolean closeIfEnded(LocalDate today) {
        if (openSlot != null && endedOn != null && !endedOn.isAfter(today)) {
            openSlot = null;
            return true;
        }
        return false;
    }

    /** Open now: started and not ended, or ending later. */
    public boolean current(LocalDate today) {
        return openSlot != null && (endedOn == null || endedOn.isAfter(today));
    }

    public boolean open() {
        return openSlot != null;
    }

    public long id() {
        return id;
    }

    public long seatId() {
        return seatId;
    }

    public long personId() {
        return personId;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public EndReason endReason() {
        return endReason;
    }

    public Long assignedByPersonId() {
        return assignedByPersonId;
    }

    public Long endedByPersonId() {
        return endedByPersonId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SeatAssignment toRecord(String displayName, String assignedByName) {
        return new SeatAssignment(id, seatId, personId, displayName, kind, startedOn, endedOn, endReason,
                assignedByName);
    }
}
