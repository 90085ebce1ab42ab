package org.thirdspace.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.groups.SeatAssignment.EndReason;
import org.thirdspace.groups.SeatAssignment.Kind;
import org.thirdspace.groups.internal.Assignment;
import org.thirdspace.groups.internal.AssignmentRepository;
import org.thirdspace.groups.internal.Group;
import org.thirdspace.groups.internal.GroupAccess;
import org.thirdspace.groups.internal.GroupHistoryLog;
import org.thirdspace.groups.internal.GroupRepository;
import org.thirdspace.groups.internal.GroupSeat;
import org.thirdspace.groups.internal.GroupSeatRepository;
import org.thirdspace.groups.internal.GroupWarnings;
import org.thirdspace.groups.internal.NameLookup;
import org.thirdspace.groups.internal.SeatAssigner;
import org.thirdspace.groups.internal.SeatHandover;
import org.thirdspace.groups.internal.SeatHandoverRepository;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Role seats and their dated assignments. A seat never has two current holders (nor two current
 * deputies): assignments lock the seat and the database refuses a second open assignment.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SeatService {

    private final GroupAccess access;
    private final GroupRepository groups;
    private final GroupSeatRepository seats;
    private final AssignmentRepository assignments;
    private final SeatHandoverRepository handovers;
    private final SeatAssigner assigner;
    private final GroupWarnings warnings;
    private final GroupHistoryLog history;
    private final PeopleService people;
    private final InstitutionService institutions;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeatService(GroupAccess access, GroupRepository groups, GroupSeatRepository seats,
            AssignmentRepository assignments, SeatHandoverRepository handovers, SeatAssigner assigner,
            GroupWarnings warnings, GroupHistoryLog history, PeopleService people, InstitutionService institutions,
            Vocabularies vocabularies, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.groups = groups;
        this.seats = seats;
        this.assignments = assignments;
        this.handovers = handovers;
        this.assigner = assigner;
        this.warnings = warnings;
        this.history = history;
        this.people = people;
        this.institutions = institutions;
        this.vocabularies = vocabularies;
        this.events = events;
        this.clock = clock;
    }

    /** Seats of a visible group (retired ones last), with holder, deputy or last holder. */
    public List<Seat> seats(long groupId) {
        access.requireVisible(groupId);
        List<GroupSeat> all = seats.findByGroup(groupId).stream()
                .sorted(Comparator.comparing(GroupSeat::retired).thenComparing(GroupSeat::id))
                .toList();
        List<Seat> result = toSeats(all, new NameLookup(people, institutions));
        return access.isMember(groupId) ? result : result.stream().map(this::withoutHiddenPeople).toList();
    }

    /**
     * For viewers outside the group: people whose profile the viewer may not see stay anonymous
     * (person id 0, no name), so a public seat list never reveals members-only or hidden profiles.
     */
    private Seat withoutHiddenPeople(Seat seat) {
        Seat.Occupant holder = masked(seat.holder());
        Seat.Occupant deputy = masked(seat.deputy());
        Seat.LastHolder last = seat.lastHolder();
        if (last != null && people.profile(last.personId()).isEmpty()) {
            last = new Seat.LastHolder(0, null, last.endedOn(), List.of());
        }
        return new Seat(seat.id(), seat.groupId(), seat.institutionId(), seat.institutionName(), seat.title(),
                seat.roleCode(), seat.description(), holder, deputy, last, seat.retired(), seat.openHandoverId());
    }

    private Seat.Occupant masked(Seat.Occupant occupant) {
        if (occupant == null || people.profile(occupant.personId()).isPresent()) {
            return occupant;
        }
        return new Seat.Occupant(occupant.assignmentId(), 0, null, occupant.startedOn(), occupant.endsOn());
    }

    /** Every assignment of a seat, newest first (members of the group only). */
    public List<SeatAssignment> seatHistory(long groupId, long seatId) {
        access.requireMember(groupId);
        GroupSeat seat = seatOf(groupId, seatId);
        var names = new NameLookup(people, institutions);
        return assignments.historyOf(seat.id()).stream()
                .map(a -> a.toRecord(names.name(a.personId()), names.name(a.assignedByPersonId())))
                .toList();
    }

    /** Facilitators create a seat for one of the owning institutions. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Seat createSeat(long groupId, @Valid NewSeat seat) {
        long me = access.requireManager(groupId);
        Group group = openGroup(groupId);
        if (seat.institutionId() == null || !group.ownedBy(seat.institutionId())) {
            throw GroupException.invalid("institutionId", "groups.seats.error.not-owner");
        }
        if (seat.title() == null || seat.title().isBlank() || seat.title().strip().length() > 150) {
            throw GroupException.invalid("title", "groups.seats.error.title");
        }
        if (seat.roleCode() != null && !seat.roleCode().isBlank()) {
            try {
                vocabularies.requireActive(Vocabulary.ROLE, Set.of(seat.roleCode().strip()));
            } catch (UnknownTermException e) {
                throw GroupException.invalid("roleCode", "groups.error.unknown-term", e.code());
            }
        }
        GroupSeat saved = seats.save(new GroupSeat(groupId, seat.institutionId(), seat.title(), seat.roleCode(),
                seat.description(), clock.instant()));
        history.record(groupId, HistoryType.SEAT_CREATED, me, null, saved.institutionId(), saved.id(), null,
                saved.title());
        events.publishEvent(new GroupChanged(groupId));
        return toSeats(List.of(saved), new NameLookup(people, institutions)).getFirst();
    }

    /** Facilitators retire a seat: current assignments end (SEAT_RETIRED), open handovers are cancelled. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public Seat retireSeat(long groupId, long seatId) {
        long me = access.requireManager(groupId);
        GroupSeat seat = assigner.lockSeat(groupId, seatId);
        if (seat.retired()) {
            throw GroupException.conflict("groups.seats.error.retired");
        }
        LocalDate today = LocalDate.now(clock);
        for (Assignment a : assigner.openOf(seat)) {
            if (a.current(today)) {
                assigner.end(seat, a, today, EndReason.SEAT_RETIRED, me);
            } else {
                a.closeIfEnded(today);
            }
        }
        for (SeatHandover h : handovers.findActiveBySeat(seat.id())) {
            h.cancel(clock.instant());
        }
        seat.retire(clock.instant());
        history.record(groupId, HistoryType.SEAT_RETIRED, me, null, seat.institutionId(), seat.id(), null,
                seat.title());
        events.publishEvent(new GroupChanged(groupId));
        return toSeats(List.of(seat), new NameLookup(people, institutions)).getFirst();
    }

    /** Facilitators assign a holder or deputy (see {@link NewAssignment}). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public SeatAssignment assign(long groupId, long seatId, @Valid NewAssignment assignment) {
        long me = access.requireManager(groupId);
        openGroup(groupId);
        LocalDate today = LocalDate.now(clock);
        LocalDate startedOn = assignment.startedOn() == null ? today : assignment.startedOn();
        if (startedOn.isAfter(today)) {
            throw GroupException.invalid("startedOn", "groups.seats.error.start-in-future");
        }
        GroupSeat seat = assigner.lockSeat(groupId, seatId);
        if (seat.retired()) {
            throw GroupException.conflict("groups.seats.error.retired");
        }
        var names = new NameLookup(people, institutions);
        long personId = assignment.personId();
        if (names.person(personId).isEmpty()) {
            throw GroupException.invalid("personId", "groups.error.unknown-person");
        }
        if (!names.worksAt(personId, seat.institutionId(), today)) {
            throw GroupException.invalid("personId", "groups.seats.error.not-affiliated",
                    names.institution(seat.institutionId()));
        }
        Assignment saved = assigner.assign(seat, personId, assignment.kind(), startedOn, me);
        if (assignment.kind() == Kind.HOLDER) {
            // a facilitator filled the seat directly: a handover still under way has no successor to wait for
            handovers.findActiveBySeat(seat.id()).forEach(h -> h.cancel(clock.instant()));
        }
        return saved.toRecord(names.name(personId), names.name(me));
    }

    /**
     * Ends an assignment on {@code endedOn} (today when null); facilitators or the person themself.
     * Ending a holder's assignment this way does not start a handover (use
     * {@link HandoverService#start} for that).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public SeatAssignment endAssignment(long groupId, long assignmentId, LocalDate endedOn) {
        access.requireVisible(groupId);
        long me = access.requireMe();
        long seatId = assignments.seatIdOf(assignmentId)
                .orElseThrow(() -> GroupException.notFound("groups.seats.error.assignment-not-found"));
        GroupSeat seat;
        try {
            seat = assigner.lockSeat(groupId, seatId);
        } catch (GroupException e) {
            throw e.kind() == GroupException.Kind.NOT_FOUND
                    ? GroupException.notFound("groups.seats.error.assignment-not-found") : e;
        }
        // read after taking the lock, so an end written meanwhile is seen
        Assignment assignment = assignments.findById(assignmentId).orElseThrow();
        if (assignment.personId() != me && !access.isManager(groupId)) {
            throw GroupException.forbidden("groups.seats.error.not-yours");
        }
        LocalDate today = LocalDate.now(clock);
        if (!assignment.current(today)) {
            throw GroupException.conflict("groups.seats.error.assignment-ended");
        }
        LocalDate end = endedOn == null ? today : endedOn;
        if (end.isBefore(assignment.startedOn())) {
            throw GroupException.invalid("endedOn", "groups.seats.error.end-before-start");
        }
        assigner.end(seat, assignment, end, EndReason.STEPPED_DOWN, me);
        events.publishEvent(new GroupChanged(groupId));
        var names = new NameLookup(people, institutions);
        return assignment.toRecord(names.name(assignment.personId()), names.name(assignment.assignedByPersonId()));
    }

    /** Single points of failure of a group (members only): sides, deputies, vacancies, overdue handovers, review due. */
    public List<Warning> warnings(long groupId) {
        access.requireMember(groupId);
        return warnings.of(groups.findById(groupId).orElseThrow());
    }

    /** Seats a person holds or held, in groups the current user may see, current first. */
    public List<HeldSeat> seatsOf(long personId) {
        LocalDate today = LocalDate.now(clock);
        var names = new NameLookup(people, institutions);
        Map<Long, Optional<Group>> visible = new HashMap<>();
        Map<Long, GroupSeat> seatById = new HashMap<>();
        List<HeldSeat> currentSeats = new ArrayList<>();
        List<HeldSeat> pastSeats = new ArrayList<>();
        // newest start first
        for (Assignment a : assignments.findByPerson(personId)) {
            GroupSeat seat = seatById.computeIfAbsent(a.seatId(), id -> seats.findById(id).orElseThrow());
            Optional<Group> group = visible.computeIfAbsent(seat.groupId(),
                    id -> groups.findById(id).filter(g -> access.canSee(g.id())));
            if (group.isPresent()) {
                var held = new HeldSeat(group.get().id(), group.get().name(), seat.id(), seat.title(),
                        names.institution(seat.institutionId()), a.kind(), a.startedOn(), a.endedOn());
                (a.current(today) ? currentSeats : pastSeats).add(held);
            }
        }
        currentSeats.addAll(pastSeats);
        return List.copyOf(currentSeats);
    }

    // ------------------------------------------------------------------ helpers

    private GroupSeat seatOf(long groupId, long seatId) {
        return seats.findById(seatId).filter(s -> s.groupId() == groupId)
                .orElseThrow(() -> GroupException.notFound("groups.seats.error.not-found"));
    }

    /** The group, which must not be closed (CONFLICT). */
    private Group openGroup(long groupId) {
        Group group = groups.findById(groupId).orElseThrow(() -> GroupException.notFound("groups.error.not-found"));
        if (group.stage() == Stage.CLOSED) {
            throw GroupException.conflict("groups.error.closed");
        }
        return group;
    }

    private List<Seat> toSeats(List<GroupSeat> list, NameLookup names) {
        if (list.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = list.stream().map(GroupSeat::id).toList();
        Map<Long, List<Assignment>> open = assignments.findOpenOfSeats(ids).stream()
                .filter(a -> a.current(today))
                .collect(Collectors.groupingBy(Assignment::seatId));
        Map<Long, Assignment> lastHolder = new HashMap<>();
        for (Assignment a : assignments.endedHoldersOf(ids)) {
            lastHolder.putIfAbsent(a.seatId(), a);
        }
        // one query for the open handovers of all the seats' groups, not one per seat
        Map<Long, Long> openHandover = new HashMap<>();
        handovers.findActiveByGroups(list.stream().map(GroupSeat::groupId).distinct().toList())
                .forEach(h -> openHandover.putIfAbsent(h.seatId(), h.id()));
        List<Seat> result = new ArrayList<>();
        for (GroupSeat s : list) {
            List<Assignment> occupants = open.getOrDefault(s.id(), List.of());
            Seat.Occupant holder = occupant(occupants, Kind.HOLDER, names);
            Seat.Occupant deputy = occupant(occupants, Kind.DEPUTY, names);
            Seat.LastHolder last = null;
            if (holder == null && lastHolder.containsKey(s.id())) {
                Assignment a = lastHolder.get(s.id());
                last = new Seat.LastHolder(a.personId(), names.name(a.personId()), a.endedOn(),
                        names.currentPlaces(a.personId(), today));
            }
            result.add(new Seat(s.id(), s.groupId(), s.institutionId(), names.institution(s.institutionId()),
                    s.title(), s.roleCode(), s.description(), holder, deputy, last, s.retired(),
                    openHandover.getOrDefault(s.id(), 0L)));
        }
        return result;
    }

    private static Seat.Occupant occupant(List<Assignment> occupants, Kind kind, NameLookup names) {
        return occupants.stream().filter(a -> a.kind() == kind).findFirst()
                .map(a -> new Seat.Occupant(a.id(), a.personId(), names.name(a.personId()), a.startedOn(),
                        a.endedOn()))
                .orElse(null);
    }
}
