package org.thirdspace.groups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.ImportedGroup.ImportedAssignment;
import org.thirdspace.groups.ImportedGroup.ImportedMeeting;
import org.thirdspace.groups.ImportedGroup.ImportedMember;
import org.thirdspace.groups.ImportedGroup.ImportedReview;
import org.thirdspace.groups.ImportedGroup.ImportedSeat;
import org.thirdspace.groups.internal.Assignment;
import org.thirdspace.groups.internal.AssignmentRepository;
import org.thirdspace.groups.internal.Group;
import org.thirdspace.groups.internal.GroupHistoryLog;
import org.thirdspace.groups.internal.GroupMeeting;
import org.thirdspace.groups.internal.GroupMeetingRepository;
import org.thirdspace.groups.internal.GroupRepository;
import org.thirdspace.groups.internal.GroupSeat;
import org.thirdspace.groups.internal.GroupSeatRepository;
import org.thirdspace.groups.internal.HandoverProperties;
import org.thirdspace.groups.internal.Membership;
import org.thirdspace.groups.internal.MembershipRepository;
import org.thirdspace.groups.internal.Review;
import org.thirdspace.groups.internal.ReviewRepository;
import org.thirdspace.groups.internal.ReviewScore;
import org.thirdspace.groups.internal.SeatHandover;
import org.thirdspace.groups.internal.SeatHandoverRepository;

/**
 * Bulk import of groups with their history (admins only): writes groups, memberships, seats,
 * assignments, handovers, reviews and meetings with their own dates, and a timeline that matches
 * them. Publishes {@link GroupChanged} for each group, so the search index follows. The caller
 * is trusted to give consistent data (e.g. from another platform's export); nothing is checked
 * against the current state of people's affiliations.
 */
@Service
public class GroupImport {

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final GroupSeatRepository seats;
    private final AssignmentRepository assignments;
    private final SeatHandoverRepository handovers;
    private final ReviewRepository reviews;
    private final GroupMeetingRepository meetings;
    private final GroupHistoryLog history;
    private final HandoverProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupImport(GroupRepository groups, MembershipRepository memberships, GroupSeatRepository seats,
            AssignmentRepository assignments, SeatHandoverRepository handovers, ReviewRepository reviews,
            GroupMeetingRepository meetings, GroupHistoryLog history, HandoverProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.seats = seats;
        this.assignments = assignments;
        this.handovers = handovers;
        this.reviews = reviews;
        this.meetings = meetings;
        this.history = history;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** @return ids of the created groups, in order */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> importGroups(List<ImportedGroup> imported) {
        List<Long> ids = new ArrayList<>();
        for (ImportedGroup g : imported) {
            ids.add(importGroup(g));
        }
        return ids;
    }

    private long importGroup(ImportedGroup g) {
        LocalDate today = LocalDate.now(clock);
        Instant created = g.createdAt();
        Group group = groups.saveAndFlush(Group.create(g.draft(), g.createdByPersonId(), created, day(created)));
        long id = group.id();
        history.recordAt(created, id, HistoryType.GROUP_CREATED, g.createdByPersonId(), null, null, null, null,
                group.name());
        if (g.stage() != null && g.stage() != Stage.FORMING) {
            group.changeStage(g.stage(), g.closureReason(), g.stageChangedOn());
            history.recordAt(instant(g.stageChangedOn()), id, HistoryType.STAGE_CHANGED, g.createdByPersonId(), null,
                    null, null, null, g.stage().name());
        }
        for (ImportedMember m : g.members()) {
            Membership membership = Membership.start(id, m.personId(), m.role(), m.institutionId(), m.joinedAt());
            if (m.leftAt() != null) {
                membership.end(Membership.EndReason.LEFT, m.leftAt());
            }
            membership = memberships.save(membership);
            history.recordAt(m.joinedAt(), id, HistoryType.JOINED, m.personId(), m.personId(), m.institutionId(), null,
                    null, m.role().name());
            if (m.leftAt() != null) {
                history.recordAt(m.leftAt(), id, HistoryType.LEFT, m.personId(), m.personId(), m.institutionId(), null,
                        null, null);
            }
        }
        memberships.flush();
        for (ImportedSeat s : g.seats()) {
            importSeat(id, g, s, today);
        }
        for (ImportedReview r : g.reviews()) {
            Map<CoreComponent, ReviewScore> scores = new EnumMap<>(CoreComponent.class);
            r.review().scores().forEach(sc -> scores.put(sc.component(), new ReviewScore(sc.score(), sc.notes())));
            LocalDate on = r.review().reviewedOn();
            Review saved = reviews.save(new Review(id, on, r.recordedByPersonId(), instant(on),
                    r.review().aimsReaffirmed(), r.review().aimsNote(), scores));
            history.recordAt(instant(on), id, HistoryType.REVIEW_RECORDED, r.recordedByPersonId(), null, null, null,
                    saved.id(), null);
        }
        for (ImportedMeeting m : g.meetings()) {
            GroupMeeting saved = meetings.save(new GroupMeeting(id, m.heldOn(), m.title(), m.notes(),
                    m.attendeePersonIds(), m.recordedByPersonId(), instant(m.heldOn())));
            history.recordAt(instant(m.heldOn()), id, HistoryType.MEETING_RECORDED, m.recordedByPersonId(), null, null,
                    null, saved.id(), m.title());
        }
        events.publishEvent(new GroupChanged(id));
        return id;
    }

    private void importSeat(long groupId, ImportedGroup g, ImportedSeat s, LocalDate today) {
        GroupSeat seat = seats.saveAndFlush(new GroupSeat(groupId, s.institutionId(), s.title(), s.roleCode(), null,
                g.createdAt()));
        history.recordAt(g.createdAt(), groupId, HistoryType.SEAT_CREATED, g.createdByPersonId(), null,
                s.institutionId(), seat.id(), null, s.title());
        Assignment lastHolder = null;
        for (ImportedAssignment a : s.assignments()) {
            Assignment assignment = new Assignment(seat.id(), a.personId(), a.kind(), a.startedOn(),
                    g.createdByPersonId(), instant(a.startedOn()));
            if (a.endedOn() != null) {
                assignment.end(a.endedOn(), a.endReason() == null ? SeatAssignment.EndReason.STEPPED_DOWN
                        : a.endReason(), null, today);
            }
            assignment = assignments.saveAndFlush(assignment);
            history.recordAt(instant(a.startedOn()), groupId, HistoryType.SEAT_ASSIGNED, g.createdByPersonId(),
                    a.personId(), s.institutionId(), seat.id(), assignment.id(), a.kind().name());
            if (a.endedOn() != null && !a.endedOn().isAfter(today)) {
                history.recordAt(instant(a.endedOn()), groupId, HistoryType.SEAT_ASSIGNMENT_ENDED, null, a.personId(),
                        s.institutionId(), seat.id(), assignment.id(),
                        a.endReason() == null ? null : a.endReason().name());
            }
            if (a.kind() == SeatAssignment.Kind.HOLDER) {
                lastHolder = assignment;
            }
        }
        if (s.openHandover() != null) {
            var h = s.openHandover();
            Instant opened = instant(h.openedOn());
            Long assignmentId = lastHolder != null && lastHolder.personId() == h.outgoingPersonId()
                    ? lastHolder.id() : null;
            SeatHandover handover = new SeatHandover(groupId, seat.id(), assignmentId, s.institutionId(),
                    h.outgoingPersonId(), opened, h.openedOn().plusDays(properties.handoverDueDays()));
            Instant written = opened.plusSeconds(2 * 86_400L);
            Instant nominated = opened.plusSeconds(3 * 86_400L);
            boolean note = h.note() != null && !h.note().isEmpty();
            if (note) {
                handover.writeNote(h.note(), h.outgoingPersonId(), written);
            }
            if (h.successorPersonId() != null) {
                handover.nominate(h.successorPersonId(), h.outgoingPersonId(), nominated);
            }
            long handoverId = handovers.save(handover).id();
            history.recordAt(opened, groupId, HistoryType.HANDOVER_STARTED, null, h.outgoingPersonId(),
                    s.institutionId(), seat.id(), handoverId, null);
            if (note) {
                history.recordAt(written, groupId, HistoryType.HANDOVER_NOTE_WRITTEN, h.outgoingPersonId(),
                        h.outgoingPersonId(), s.institutionId(), seat.id(), handoverId, null);
            }
            if (h.successorPersonId() != null) {
                history.recordAt(nominated, groupId, HistoryType.HANDOVER_NOMINATED, h.outgoingPersonId(),
                        h.successorPersonId(), s.institutionId(), seat.id(), handoverId, null);
            }
        }
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
