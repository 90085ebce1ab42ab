package org.thirdspace.forum.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A post of a topic: number 1 opens it. Edits keep earlier versions in {@link PostRevision}s;
 * removal is soft (the row stays, with who removed it, when and why).
 */
@Entity
@Table(name = "forum_post")
public class ForumPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "post_number", nullable = false)
    private int number;

    @Column(name = "author_person_id", nullable = false)
    private long authorPersonId;

    @Column(nullable = false, columnDefinition = "longtext")
    private String markdown;

    @Column(name = "quoted_post_id")
    private Long quotedPostId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_by_person_id")
    private Long editedByPersonId;

    @Column(name = "edit_reason", length = 500)
    private String editReason;

    @Column(name = "revision_count", nullable = false)
    private int revisionCount;

    @Column(name = "helpful_count", nullable = false)
    private int helpfulCount;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by_person_id")
    private Long deletedByPersonId;

    @Column(name = "delete_reason", length = 500)
    private String deleteReason;

    /** Set while the post is hidden pending moderator review (issue 7). */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private long version;

    protected ForumPost() {
    }

    public ForumPost(long topicId, int number, long authorPersonId, String markdown, Long quotedPostId, Instant now) {
        this.topicId = topicId;
        this.number = number;
        this.authorPersonId = authorPersonId;
        this.markdown = markdown;
        this.quotedPostId = quotedPostId;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long topicId() {
        return topicId;
    }

    public int number() {
        return number;
    }

    public long authorPersonId() {
        return authorPersonId;
    }

    public String markdown() {
        return markdown;
    }

    public Long quotedPostId() {
        return quotedPostId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Long editedByPersonId() {
        return editedByPersonId;
    }

    public String editReason() {
        return editReason;
    }

    public int revisionCount() {
        return revisionCount;
    }

    public int helpfulCount() {
        return helpfulCount;
    }

    public boolean removed() {
        return deletedAt != null;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public Long deletedByPersonId() {
        return deletedByPersonId;
    }

    public String deleteReason() {
        return deleteReason;
    }

    /** Replaces the text; the caller has stored the old version as a revision. */
    public void edit(String markdown, long editorPersonId, String reason, Instant now) {
        this.markdown = markdown;
        this.editedAt = now;
        this.editedByPersonId = editorPersonId;
        this.editReason = reason;
        this.revisionCount++;
    }

    public void remove(long byPersonId, String reason, Instant now) {
        this.deletedAt = now;
        this.deletedByPersonId = byPersonId;
        this.deleteReason = reason;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    /** Hides the post pending review, or shows it again (null). */
    public void hiddenAt(Instant when) {
        this.hiddenAt = when;
    }

    public void restore() {
        this.deletedAt = null;
        this.deletedByPersonId = null;
        this.deleteReason = null;
    }

    public void helpfulCount(int count) {
        this.helpfulCount = count;
    }

    public void moveTo(long topicId, int number) {
        this.topicId = topicId;
        this.number = number;
    }

    public void unquote() {
        this.quotedPostId = null;
    }
}
