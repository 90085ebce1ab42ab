package org.thirdspace.groups.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named role seat of a group, held on behalf of one owning institution. Retired, never deleted. */
@Entity
@Table(name = "group_seat")
public class GroupSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(name = "role_code", length = 80)
    private String roleCode;

    @Column(length = 1000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    protected GroupSeat() {
    }

    public GroupSeat(long groupId, long institutionId, String title, String roleCode, String description,
            Instant now) {
        this.groupId = groupId;
        this.institutionId = institutionId;
        this.title = title.strip();
        this.roleCode = blankToNull(roleCode);
        this.description = blankToNull(description);
        this.createdAt = now;
    }

    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public long institutionId() {
        return institutionId;
    }

    public String title() {
        return title;
    }

    public String roleCode() {
        return roleCode;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
