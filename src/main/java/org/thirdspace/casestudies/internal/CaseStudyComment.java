package org.thirdspace.casestudies.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A discussion comment; deleting keeps the row (and its place) without the text. */
@Entity
@Table(name = "case_study_comment")
public class CaseStudyComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_study_id", nullable = false)
    private long caseStudyId;

    @Column(name = "author_person_id", nullable = false)
    private long authorPersonId;

    @Column(nullable = false, length = 8000)
    private String markdown;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by_person_id")
    private Long deletedByPersonId;

    /** Hidden pending moderator review since then (issue 7); null while shown. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "edited_by_person_id")
    private Long editedByPersonId;

    @Column(name = "edited_by_moderator", nullable = false)
    private boolean editedByModerator;

    protected CaseStudyComment() {
    }

    public CaseStudyComment(long caseStudyId, long authorPersonId, String markdown, Instant createdAt) {
        this.caseStudyId = caseStudyId;
        this.authorPersonId = authorPersonId;
        this.markdown = markdown;
        this.createdAt = createdAt;
    }

    public void delete(long by, Instant at) {
        this.deletedAt = at;
        this.deletedByPersonId = by;
        this.markdown = "";
    }

    /** A moderator replaces the text (there is no comment history: the audit log keeps the text before). */
    public void moderatorEdit(String markdown, Long by, Instant at) {
        this.markdown = markdown;
        this.editedAt = at;
        this.editedByPersonId = by;
        this.editedByModerator = true;
    }

    public void hiddenAt(Instant at) {
        this.hiddenAt = at;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public boolean editedByModerator() {
        return editedByModerator;
    }

    public Long editedByPersonId() {
        return editedByPersonId;
    }

    public Long id() {
        return id;
    }

    public long caseStudyId() {
        return caseStudyId;
    }

    public long authorPersonId() {
        return authorPersonId;
    }

    public String markdown() {
        return markdown;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
