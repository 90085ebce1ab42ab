package org.thirdspace.casestudies.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.thirdspace.casestudies.ReviewDecision;

/** A reviewer's decision on one revision. Kept for ever. */
@Entity
@Table(name = "case_study_review")
public class CaseStudyReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_study_id", nullable = false)
    private long caseStudyId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "reviewer_person_id", nullable = false)
    private long reviewerPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewDecision decision;

    @Column(length = 4000)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseStudyReview() {
    }

    public CaseStudyReview(long caseStudyId, int revisionNo, long reviewerPersonId, ReviewDecision decision,
            String comment, Instant createdAt) {
        this.caseStudyId = caseStudyId;
        this.revisionNo = revisionNo;
        this.reviewerPersonId = reviewerPersonId;
        this.decision = decision;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long caseStudyId() {
        return caseStudyId;
    }

    public int revisionNo() {
        return revisionNo;
    }

    public long reviewerPersonId() {
        return reviewerPersonId;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
