package org.thirdspace.groups.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.thirdspace.groups.Handover.Status;
import org.thirdspace.groups.HandoverNote;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The handover of a seat from an outgoing holder to a successor, with its structured note. */
@Entity
@Table(name = "handover")
public class SeatHandover {

    /** The sections of the note, stored one row each. */
    public enum Section { LIVE_AGREEMENTS, PARTNER_CONTACTS, OPEN_ISSUES, YEARLY_CALENDAR, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "seat_id", nullable = false)
    private long seatId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "outgoing_person_id", nullable = false)
    private long outgoingPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "successor_person_id")
    private Long successorPersonId;

    @Column(name = "nominated_by_person_id")
    private Long nominatedByPersonId;

    @Column(name = "nominated_at")
    private Instant nominatedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "declined_reason", length = 500)
    private String declinedReason;

    @Column(name = "note_updated_at")
    private Instant noteUpdatedAt;

    @Column(name = "note_updated_by_person_id")
    private Long noteUpdatedByPersonId;

    @Column(name = "overdue_flagged_at")
    private Instant overdueFlaggedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "handover_note_section", joinColumns = @JoinColumn(name = "handover_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "section", length = 30)
    @Column(name = "markdown", nullable = false, length = 4000)
    private Map<Section, String> sections = new HashMap<>();

    @Version
    private long version;

    protected SeatHandover() {
    }

    public SeatHandover(long groupId, long seatId, Long assignmentId, long institutionId, long outgoingPersonId,
            Instant openedAt, LocalDate dueOn) {
        this.groupId = groupId;
        this.seatId = seatId;
        this.assignmentId = assignmentId;
        this.institutionId = institutionId;
        this.outgoingPersonId = outgoingPersonId;
        this.status = Status.OPEN;
        this.openedAt = openedAt;
        this.dueOn = dueOn;
    }

    /** Open or nominated: not yet accepted nor cancelled. */
    public boolean active() {
        return status == Status.OPEN || status == Status.NOMINATED;
    }

    public void writeNote(HandoverNote note, Long by, Instant now) {
        Map<Section, String> next = new EnumMap<>(Section.class);
        put(next, Section.LIVE_AGREEMENTS, note.liveAgreements());
        put(next, Section.PARTNER_CONTACTS, note.partnerContacts());
        put(next, Section.OPEN_ISSUES, note.openIssues());
        put(next, Section.YEARLY_CALENDAR, note.yearlyCalendar());
        put(next, Section.OTHER, note.other());
        sections.keySet().retainAll(next.keySet());
        sections.putAll(next);
        noteUpdatedAt = now;
        noteUpdatedByPersonId = by;
    }

    public HandoverNote note() {
        return new HandoverNote(sections.get(Section.LIVE_AGREEMENTS), sections.get(Section.PARTNER_CONTACTS),
                sections.get(Section.OPEN_ISSUES), sections.get(Section.YEARLY_CALENDAR), sections.get(Section.OTHER));
    }

    public void nominate(long successor, Long by, Instant now) {
        successorPersonId = successor;
        nominatedByPersonId = by;
        nominatedAt = now;
        declinedReason = null;
        status = Status.NOMINATED;
    }

    public void accept(Instant now) {
        status = Status.ACCEPTED;
        acceptedAt = now;
        closedAt = now;
    }

    public void decline(String reason) {
        status = Status.OPEN;
        declinedReason = reason == null || reason.isBlank() ? null : reason.strip();
        successorPersonId = null;
        nominatedByPersonId = null;
        nominatedAt = null;
    }

    public void cancel(Instant now) {
        status = Status.CANCELLED;
        closedAt = now;
    }

    public void flagOverdue(Instant now) {
        overdueFlaggedAt = now;
    }

    public boolean overdue(LocalDate today) {
        return active() && dueOn.isBefore(today);
    }

    private static void put(Map<Section, String> into, Section section, String markdown) {
        if (markdown != null && !markdown.isBlank()) {
            into.put(section, markdown.strip());
        }
    }

    public long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public long seatId() {
        return seatId;
    }

    public Long assignmentId() {
        return assignmentId;
    }

    public long institutionId() {
        return institutionId;
    }

    public long outgoingPersonId() {
        return outgoingPersonId;
    }

    public Status status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Long successorPersonId() {
        return successorPersonId;
    }

    public Long nominatedByPersonId() {
        return nominatedByPersonId;
    }

    public Instant nominatedAt() {
        return nominatedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String declinedReason() {
        return declinedReason;
    }

    public Instant noteUpdatedAt() {
        return noteUpdatedAt;
    }

    public Long noteUpdatedByPersonId() {
        return noteUpdatedByPersonId;
    }

    public Instant overdueFlaggedAt() {
        return overdueFlaggedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
