package org.thirdspace.casestudies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.thirdspace.casestudies.CaseStudyStatus;

/**
 * A case study: pointers to its head revision (what authors edit) and its published revision
 * (the stable version others see), where the head is in the workflow, its home group, co-authors,
 * named reviewers and review dates. The content lives in immutable {@link Revision}s.
 */
@Entity
@Table(name = "case_study")
public class CaseStudy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_key", nullable = false, length = 200)
    private String titleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private CaseStudyStatus status;

    @Column(name = "head_revision_no", nullable = false)
    private int headRevisionNo;

    @Column(name = "published_revision_no")
    private Integer publishedRevisionNo;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "created_by_person_id", nullable = false)
    private long createdByPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** Hidden pending moderator review since then (issue 7); null while shown. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "case_study_coauthor", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "person_id")
    private Set<Long> coAuthors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_study_reviewer", joinColumns = @JoinColumn(name = "case_study_id"))
    private Set<NamedReviewer> reviewers = new LinkedHashSet<>();

    protected CaseStudy() {
    }

    public CaseStudy(String titleKey, Long groupId, long createdBy, Instant now) {
        this.titleKey = titleKey;
        this.status = CaseStudyStatus.DRAFT;
        this.headRevisionNo = 1;
        this.groupId = groupId;
        this.createdByPersonId = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new head revision: back to draft (an edit withdraws a submission). */
    public void newHead(int number, String titleKey, Long groupId, Instant now) {
        this.headRevisionNo = number;
        this.titleKey = titleKey;
        this.groupId = groupId;
        this.status = CaseStudyStatus.DRAFT;
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        this.status = CaseStudyStatus.IN_REVIEW;
        this.updatedAt = now;
    }

    public void changesRequested(Instant now) {
        this.status = CaseStudyStatus.DRAFT;
        this.updatedAt = now;
    }

    /** The head becomes the published version; due for review again on {@code dueOn}. */
    public void publishHead(Instant now, LocalDate dueOn) {
        this.status = CaseStudyStatus.PUBLISHED;
        this.publishedRevisionNo = headRevisionNo;
        this.publishedAt = now;
        this.reviewedAt = now;
        this.reviewDueOn = dueOn;
        this.updatedAt = now;
    }

    /** A moderator checked the published version is still current. */
    public void confirmCurrent(Instant now, LocalDate dueOn) {
        this.reviewedAt = now;
        this.reviewDueOn = dueOn;
    }

    /** For imports: dates as they were. */
    public void backdate(Instant createdAt, Instant updatedAt, Instant publishedAt) {
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        if (publishedAt != null) {
            this.publishedAt = publishedAt;
            this.reviewedAt = publishedAt;
        }
    }

    public void dueOn(LocalDate dueOn) {
        this.reviewDueOn = dueOn;
    }

    public Long id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    public CaseStudyStatus status() {
        return status;
    }

    public int headRevisionNo() {
        return headRevisionNo;
    }

    public Integer publishedRevisionNo() {
        return publishedRevisionNo;
    }

    public boolean published() {
        return publishedRevisionNo != null;
    }

    public Long groupId() {
        return groupId;
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

    public Instant publishedAt() {
        return publishedAt;
    }

    public LocalDate reviewDueOn() {
        return reviewDueOn;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    /** Hides the case study pending moderator review ({@code at}) or shows it again ({@code null}). */
    public void hiddenAt(Instant at) {
        this.hiddenAt = at;
    }

    public long version() {
        return version;
    }

    public Set<Long> coAuthors() {
        return coAuthors;
    }

    public Set<NamedReviewer> reviewers() {
        return reviewers;
    }

    public boolean isNamedReviewer(long personId) {
        return reviewers.stream().anyMatch(r -> r.personId() == personId);
    }
}
