package org.thirdspace.gaps.internal;

import java.time.Instant;
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

import org.thirdspace.gaps.GapStatus;

/** A request for missing evidence. {@code statusRank} mirrors the status so the board sorts in SQL. */
@Entity
@Table(name = "gap")
public class Gap {

    /** One facet code of a gap, e.g. (region, north-east). */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GapStatus status;

    @Column(name = "status_rank", nullable = false)
    private int statusRank;

    @Column(name = "created_by_person_id", nullable = false)
    private long createdByPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @ElementCollection
    @CollectionTable(name = "gap_facet", joinColumns = @JoinColumn(name = "gap_id"))
    private Set<FacetValue> facets = new LinkedHashSet<>();

    @Version
    private long version;

    protected Gap() {
    }

    public Gap(long createdByPersonId, Instant now) {
        this.createdByPersonId = createdByPersonId;
        this.createdAt = now;
        this.updatedAt = now;
        status(GapStatus.OPEN, now);
    }

    public void apply(String title, String description, Set<FacetValue> facets, Instant now) {
        this.title = title;
        this.description = description;
        this.facets.clear();
        this.facets.addAll(facets);
        this.updatedAt = now;
    }

    public void status(GapStatus status, Instant now) {
        this.status = status;
        this.statusRank = status.rank();
        this.updatedAt = now;
    }

    public void answersChanged(int delta) {
        answerCount = Math.max(0, answerCount + delta);
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

    public GapStatus status() {
        return status;
    }

    public long createdByPersonId() {
        return createdByPersonId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int answerCount() {
        return answerCount;
    }

    public Set<FacetValue> facets() {
        return Set.copyOf(facets);
    }
}
