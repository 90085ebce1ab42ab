package org.thirdspace.forum.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;

/** A site-wide category, managed by moderators. */
@Entity
@Table(name = "forum_category")
public class ForumCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CategoryVisibility visibility;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ForumCategory() {
    }

    public ForumCategory(CategoryDraft draft, int position, Instant now) {
        this.createdAt = now;
        apply(draft, position);
    }

    public void apply(CategoryDraft draft, int position) {
        this.slug = draft.slug();
        this.name = draft.name().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        this.visibility = draft.visibility();
        this.position = position;
        this.archived = draft.archived();
    }

    public long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public CategoryVisibility visibility() {
        return visibility;
    }

    public int position() {
        return position;
    }

    public boolean archived() {
        return archived;
    }
}
