package org.thirdspace.forum.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An earlier version of a post (version {@code number}; the current one is the post itself),
 * with who wrote that version, when and why. Never changed after it is written.
 */
@Entity
@Table(name = "forum_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "longtext")
    private String markdown;

    @Column(name = "edit_reason", length = 500)
    private String editReason;

    @Column(name = "edited_by_person_id", nullable = false)
    private long editedByPersonId;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected PostRevision() {
    }

    public PostRevision(long postId, int number, String markdown, String editReason, long editedByPersonId,
            Instant editedAt) {
        this.postId = postId;
        this.number = number;
        this.markdown = markdown;
        this.editReason = editReason;
        this.editedByPersonId = editedByPersonId;
        this.editedAt = editedAt;
    }

    public int number() {
        return number;
    }

    public String markdown() {
        return markdown;
    }

    public String editReason() {
        return editReason;
    }

    public long editedByPersonId() {
        return editedByPersonId;
    }

    public Instant editedAt() {
        return editedAt;
    }
}
