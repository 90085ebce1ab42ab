package org.thirdspace.groups.internal;

import java.time.Instant;

import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.Member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One stint of a person's membership of a group. Leaving ends the stint (it is kept); rejoining
 * starts a new one. {@code currentSlot} is 1 while current and null afterwards, so the database
 * allows one current stint per person and group.
 */
@Entity
@Table(name = "group_membership")
public class Membership {

    public enum EndReason { LEFT, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupRole role;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Column(name = "current_slot")
    private Integer currentSlot;

    @Version
    private long version;

    protected Membership() {
    }

    public static Membership start(long groupId, long personId, GroupRole role, Long institutionId, Instant now) {
        var m = new Membership();
        m.groupId = groupId;
        m.personId = personId;
        m.role = role;
        m.institutionId = institutionId;
        m.joinedAt = now;
        m.currentSlot = 1;
        return m;
    }

    public void end(EndReason reason, Instant now) {
        leftAt = now;
        endReason = reason;
        currentSlot = null;
    }

    public void changeRole(GroupRole newRole) {
        role = newRole;
    }

    public void onBehalfOf(Long institution) {
        institutionId = institution;
    }

    public boolean current() {
        return currentSlot != null;
    }

    public long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public long personId() {
        return personId;
    }

    public GroupRole role() {
        return role;
    }

    public Long institutionId() {
        return institutionId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public EndReason endReason() {
        return endReason;
    }

    public Member toMember(String displayName, String institutionName) {
        return new Member(id, personId, displayName, role, institutionId, institutionName, joinedAt, leftAt,
                endReason == null ? null : endReason.name());
    }
}
