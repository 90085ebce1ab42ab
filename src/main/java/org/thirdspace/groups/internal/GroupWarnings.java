package org.thirdspace.groups.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.SeatAssignment.Kind;
import org.thirdspace.groups.Stage;
import org.thirdspace.groups.Warning;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;

/**
 * The single points of failure of a group: an owning institution with only one current member on
 * its behalf, held seats without deputy, vacant seats, overdue handovers and a due self-review.
 * Closed groups have none. No permission checks.
 */
@Component
@Transactional(readOnly = true)
public class GroupWarnings {

    private final GroupSeatRepository seats;
    private final AssignmentRepository assignments;
    private final SeatHandoverRepository handovers;
    private final MembershipRepository memberships;
    private final ReviewSchedule reviews;
    private final PeopleService people;
    private final InstitutionService institutions;
    private final Clock clock;

    GroupWarnings(GroupSeatRepository seats, AssignmentRepository assignments, SeatHandoverRepository handovers,
            MembershipRepository memberships, ReviewSchedule reviews, PeopleService people,
            InstitutionService institutions, Clock clock) {
        this.seats = seats;
        this.assignments = assignments;
        this.handovers = handovers;
        this.memberships = memberships;
        this.reviews = reviews;
        this.people = people;
        this.institutions = institutions;
        this.clock = clock;
    }

    public List<Warning> of(Group group) {
        if (group.stage() == Stage.CLOSED) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        var names = new NameLookup(people, institutions);
        List<Warning> warnings = new ArrayList<>();

        Map<Long, List<Membership>> byInstitution = memberships.findCurrentOf(group.id()).stream()
                .filter(m -> m.institutionId() != null)
                .collect(Collectors.groupingBy(Membership::institutionId));
        for (long institutionId : group.institutionIds()) {
            List<Membership> side = byInstitution.getOrDefault(institutionId, List.of());
            if (side.size() == 1) {
                warnings.add(new Warning(Warning.Kind.SINGLE_PERSON_SIDE, institutionId,
                        names.institution(institutionId), null, null, names.name(side.getFirst().personId())));
            }
        }

        List<GroupSeat> active = seats.findActiveByGroup(group.id());
        Map<Long, List<Assignment>> open = active.isEmpty() ? Map.of()
                : assignments.findOpenOfSeats(active.stream().map(GroupSeat::id).toList()).stream()
                        .filter(a -> a.current(today))
                        .collect(Collectors.groupingBy(Assignment::seatId));
        for (GroupSeat seat : active) {
            List<Assignment> occupants = open.getOrDefault(seat.id(), List.of());
            var holder = occupants.stream().filter(a -> a.kind() == Kind.HOLDER).findFirst();
            boolean deputy = occupants.stream().anyMatch(a -> a.kind() == Kind.DEPUTY);
            if (holder.isEmpty()) {
                warnings.add(new Warning(Warning.Kind.VACANT_SEAT, seat.institutionId(),
                        names.institution(seat.institutionId()), seat.id(), seat.title(), null));
            } else if (!deputy) {
                warnings.add(new Warning(Warning.Kind.NO_DEPUTY, seat.institutionId(),
                        names.institution(seat.institutionId()), seat.id(), seat.title(),
                        names.name(holder.get().personId())));
            }
        }

        Map<Long, GroupSeat> seatById = active.stream().collect(Collectors.toMap(GroupSeat::id, s -> s));
        for (SeatHandover h : handovers.findActiveByGroup(group.id())) {
            if (h.overdue(today)) {
                GroupSeat seat = seatById.get(h.seatId());
                warnings.add(new Warning(Warning.Kind.OVERDUE_HANDOVER, h.institutionId(),
                        names.institution(h.institutionId()), h.seatId(), seat == null ? null : seat.title(),
                        names.name(h.outgoingPersonId())));
            }
        }

        if (reviews.due(group)) {
            warnings.add(new Warning(Warning.Kind.REVIEW_DUE, null, null, null, null, null));
        }
        return List.copyOf(warnings);
    }
}
