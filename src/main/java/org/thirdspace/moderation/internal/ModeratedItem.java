package org.thirdspace.moderation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The moderation state of an item that was ever flagged or moderated: hidden pending review,
 * and whether automatically. Its row is locked while flags are counted, so two flags at once
 * cannot both miss the threshold.
 */
@Entity
@Table(name = "moderation_item")
public class ModeratedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "target_type", nullable = false)
    private String targetType;
    @Column(name = "target_id", nullable = false)
    private String targetId;
    @Column(nullable = false)
    private boolean hidden;
    @Column(name = "auto_hidden", nullable = false)
    private boolean autoHidden;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected ModeratedItem() {
    }

    public ModeratedItem(String targetType, String targetId, Instant now) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.updatedAt = now;
    }

    public void hidden(boolean hidden, boolean automatically, Instant now) {
        this.hidden = hidden;
        this.autoHidden = hidden && automatically;
        this.updatedAt = now;
    }

    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public boolean hidden() { return hidden; }
    public boolean autoHidden() { return autoHidden; }
}
