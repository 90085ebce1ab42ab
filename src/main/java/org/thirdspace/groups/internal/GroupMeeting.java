package org.thirdspace.groups.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An entry of a group's meetings and events log. */
@Entity
@Table(name = "group_meeting")
public class GroupMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "notes_markdown", length = 8000)
    private String notesMarkdown;

    @Column(name = "recorded_by_person_id")
    private Long recordedByPersonId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "group_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> attendeePersonIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected GroupMeeting() {
    }

    public GroupMeeting(long groupId, LocalDate heldOn, String title, String notesMarkdown, Collection<Long> attendees,
            Long recordedBy, Instant recordedAt) {
        this.groupId = groupId;
        this.heldOn = heldOn;
        this.title = title.strip();
        this.notesMarkdown = notesMarkdown == null || notesMarkdown.isBlank() ? null : notesMarkdown.strip();
        this.attendeePersonIds.addAll(attendees);
        this.recordedByPersonId = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String title() {
        return title;
    }

    public String notesMarkdown() {
        return notesMarkdown;
    }

    public Long recordedByPersonId() {
        return recordedByPersonId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Set<Long> attendeePersonIds() {
        return Set.copyOf(attendeePersonIds);
    }
}
