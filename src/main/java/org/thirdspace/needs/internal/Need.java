package org.thirdspace.needs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.thirdspace.needs.NeedOutcome;
import org.thirdspace.needs.NeedStatus;

/**
 * A need posted on behalf of an institution or a group. {@code statusRank} mirrors the status so
 * the board sorts in SQL; {@code groupPrivate} mirrors the group's visibility (kept up to date on
 * {@code GroupChanged}) so the board filters in SQL.
 */
@Entity
@Table(name = "need")
public class Need {

    /** One facet code of a need, e.g. (region, north-east). */
    @Embeddable
    public record FacetValue(@Column(name = "facet", nullable = false, length = 20) String facet,
            @Column(name = "code", nullable = false, length = 80) String code) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "longtext")
    private String description;

    @Column(name = "for_whom", nullable = false, length = 200)
    private String forWhom;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_private", nullable = false)
    private boolean groupPrivate;

    @Column(name = "online_ok", nullable = false)
    private boolean onlineOk;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "capacity_needed", nullable = false)
    private int capacityNeeded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NeedStatus status;

    @Column(name = "status_rank", nullable = false)
    private int statusRank;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private NeedOutcome outcome;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Column(name = "claimed_by_person_id")
    private Long claimedByPersonId;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "last_response_at")
    private Instant lastResponseAt;

    /** When it last became OPEN (posted or reopened): the queue's order and the alert's clock. */
    @Column(name = "waiting_since")
    private Instant waitingSince;

    /** When brokers were alerted that the current wait has gone on too long (null: not yet). */
    @Column(name = "unanswered_alert_at")
    private Instant unansweredAlertAt;

    @Column(name = "author_person_id", nullable = false)
    private long authorPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "need_facet", joinColumns = @JoinColumn(name = "need_id"))
    private Set<FacetValue> facets = new LinkedHashSet<>();

    @Version
    private long version;

    protected Need() {
    }

    public Need(long authorPersonId, Instant now) {
        this.authorPersonId = authorPersonId;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = NeedStatus.OPEN;
        this.statusRank = NeedStatus.OPEN.rank();
        this.waitingSince = now;
    }

    /** Everything the poster writes. */
    public void apply(String title, String description, String forWhom, Long institutionId, Long groupId,
            boolean groupPrivate, Set<FacetValue> facets, boolean onlineOk, LocalDate startsOn, LocalDate endsOn,
            int capacityNeeded, Instant now) {
        this.title = title;
        this.description = description;
        this.forWhom = forWhom;
        this.institutionId = institutionId;
        this.groupId = groupId;
        this.groupPrivate = groupPrivate;
        this.facets.clear();
        this.facets.addAll(facets);
        this.onlineOk = onlineOk;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacityNeeded = capacityNeeded;
        this.updatedAt = now;
    }

    /** A broker takes the need on: IN_PROGRESS, and their claim counts as the first response. */
    public void claim(long brokerPersonId, Instant now) {
        status(NeedStatus.IN_PROGRESS, now);
        this.claimedByPersonId = brokerPersonId;
        this.claimedAt = now;
        this.outcome = null;
        this.outcomeNote = null;
        this.closedAt = null;
        responded(now);
    }

    public void close(NeedOutcome outcome, String note, Instant now) {
        status(NeedStatus.CLOSED, now);
        this.outcome = outcome;
        this.outcomeNote = note;
        this.closedAt = now;
    }

    /** Back to OPEN: the claim, outcome and note are cleared (the last response time stays). */
    public void reopen(Instant now) {
        status(NeedStatus.OPEN, now);
        this.claimedByPersonId = null;
        this.claimedAt = null;
        this.outcome = null;
        this.outcomeNote = null;
        this.closedAt = null;
        this.waitingSince = now;
        this.unansweredAlertAt = null;
    }

    /** Brokers were told that this need has waited too long. */
    public void alerted(Instant now) {
        this.unansweredAlertAt = now;
    }

    /** A broker responded (claim, close, later an introduction sent for it). */
    public void responded(Instant now) {
        this.lastResponseAt = now;
    }

    public void groupPrivate(boolean groupPrivate) {
        this.groupPrivate = groupPrivate;
    }

    private void status(NeedStatus status, Instant now) {
        this.status = status;
        this.statusRank = status.rank();
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String forWhom() {
        return forWhom;
    }

    public Long institutionId() {
        return institutionId;
    }

    public Long groupId() {
        return groupId;
    }

    public boolean groupPrivate() {
        return groupPrivate;
    }

    public boolean onlineOk() {
        return onlineOk;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int capacityNeeded() {
        return capacityNeeded;
    }

    public NeedStatus status() {
        return status;
    }

    public NeedOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Long claimedByPersonId() {
        return claimedByPersonId;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant lastResponseAt() {
        return lastResponseAt;
    }

    public Instant waitingSince() {
        return waitingSince == null ? createdAt : waitingSince;
    }

    public Instant unansweredAlertAt() {
        return unansweredAlertAt;
    }

    public long authorPersonId() {
        return authorPersonId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<FacetValue> facets() {
        return Set.copyOf(facets);
    }
}
