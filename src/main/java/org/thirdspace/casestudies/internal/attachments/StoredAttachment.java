package org.thirdspace.casestudies.internal.attachments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file attached to a case study: the name it was uploaded with (sanitised, for display and
 * downloads only), the type detected from its content, and the random key its bytes are stored
 * under. Removal keeps the record (and the file) with {@code removedAt} set.
 */
@Entity
@Table(name = "case_study_attachment")
public class StoredAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_study_id", nullable = false)
    private long caseStudyId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String sha256;

    @Column(name = "uploaded_by_person_id", nullable = false)
    private long uploadedByPersonId;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "storage_key", nullable = false, length = 64, unique = true)
    private String storageKey;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected StoredAttachment() {
    }

    public StoredAttachment(long caseStudyId, String fileName, String contentType, long sizeBytes, String sha256,
            long uploadedByPersonId, Instant uploadedAt, String storageKey) {
        this.caseStudyId = caseStudyId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedByPersonId = uploadedByPersonId;
        this.uploadedAt = uploadedAt;
        this.storageKey = storageKey;
    }

    public long id() {
        return id;
    }

    public long caseStudyId() {
        return caseStudyId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public long uploadedByPersonId() {
        return uploadedByPersonId;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String storageKey() {
        return storageKey;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public void remove(Instant at) {
        if (removedAt == null) {
            removedAt = at;
        }
    }
}
