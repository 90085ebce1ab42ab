package org.thirdspace.gaps.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case study linked to a gap by a member; one per case study and gap. */
@Entity
@Table(name = "gap_answer")
public class GapAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gap_id", nullable = false)
    private long gapId;

    @Column(name = "case_study_id", nullable = false)
    private long caseStudyId;

    @Column(length = 500)
    private String note;

    @Column(name = "author_person_id", nullable = false)
    private long authorPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GapAnswer() {
    }

    public GapAnswer(long gapId, long caseStudyId, String note, long authorPersonId, Instant createdAt) {
        this.gapId = gapId;
        this.caseStudyId = caseStudyId;
        this.note = note;
        this.authorPersonId = authorPersonId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long gapId() {
        return gapId;
    }

    public long caseStudyId() {
        return caseStudyId;
    }

    public String note() {
        return note;
    }

    public long authorPersonId() {
        return authorPersonId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
