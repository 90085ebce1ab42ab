package org.thirdspace.notifications.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.Handover;
import org.thirdspace.groups.HandoverNominated;
import org.thirdspace.groups.HandoverOverdue;
import org.thirdspace.groups.HandoverService;
import org.thirdspace.groups.HandoverStarted;
import org.thirdspace.groups.JoinRequestAnswered;
import org.thirdspace.groups.JoinRequested;
import org.thirdspace.groups.Seat;
import org.thirdspace.groups.SeatAssigned;
import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.groups.SeatService;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.internal.Recipients.Told;

/**
 * Group events to notifications: join requests (to facilitators) and their outcome, seats
 * assigned, handovers assigned (to the outgoing holder and facilitators when one starts, to the
 * nominee when nominated) and overdue. Group and seat names are read as the recipient.
 */
@Component
class GroupNotifications {

    private final Recipients recipients;
    private final GroupService groups;
    private final SeatService seats;
    private final HandoverService handovers;

    GroupNotifications(Recipients recipients, GroupService groups, SeatService seats, HandoverService handovers) {
        this.recipients = recipients;
        this.groups = groups;
        this.seats = seats;
        this.handovers = handovers;
    }

    @ApplicationModuleListener
    void on(JoinRequested requested) {
        String who = recipients.name(requested.personId());
        for (long account : recipients.accountsOf(groups.facilitatorIds(requested.groupId()), requested.personId())) {
            recipients.tell(account, NotificationKind.JOIN_REQUEST, null, "join-request:" + requested.requestId(),
                    () -> new Told(groupLink(requested.groupId()), who, groups.require(requested.groupId()).name()));
        }
    }

    @ApplicationModuleListener
    void on(JoinRequestAnswered answered) {
        recipients.accountOf(answered.personId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.JOIN_REQUEST_ANSWERED, answered.approved() ? "approved" : "declined",
                "join-request:" + answered.requestId(),
                () -> new Told(groupLink(answered.groupId()), groups.require(answered.groupId()).name())));
    }

    @ApplicationModuleListener
    void on(SeatAssigned assigned) {
        recipients.accountOf(assigned.personId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.SEAT_ASSIGNED, assigned.kind() == SeatAssignment.Kind.DEPUTY ? "deputy" : null,
                "seat:" + assigned.seatId() + ":" + assigned.kind() + ":" + assigned.personId(), () -> {
                    Seat seat = seats.seats(assigned.groupId()).stream().filter(s -> s.id() == assigned.seatId())
                            .findFirst().orElseThrow(Recipients.NotForThem::new);
                    return new Told(groupLink(assigned.groupId()), seat.title(),
                            groups.require(assigned.groupId()).name());
                }));
    }

    @ApplicationModuleListener
    void on(HandoverStarted started) {
        String outgoing = recipients.name(started.outgoingPersonId());
        List<Long> people = new ArrayList<>(groups.facilitatorIds(started.groupId()));
        people.add(started.outgoingPersonId());
        for (long account : recipients.accountsOf(people, null)) {
            recipients.tell(account, NotificationKind.HANDOVER_ASSIGNED, "started",
                    "handover-started:" + started.handoverId(), () -> {
                        Handover h = handovers.handover(started.handoverId());
                        return new Told(handoverLink(h.id()), h.seatTitle(), h.groupName(), outgoing);
                    });
        }
    }

    @ApplicationModuleListener
    void on(HandoverNominated nominated) {
        recipients.accountOf(nominated.successorPersonId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.HANDOVER_ASSIGNED, null,
                "handover-nominated:" + nominated.handoverId() + ":" + nominated.successorPersonId(), () -> {
                    Handover h = handovers.handover(nominated.handoverId());
                    return new Told(handoverLink(h.id()), h.seatTitle(), h.groupName());
                }));
    }

    @ApplicationModuleListener
    void on(HandoverOverdue overdue) {
        // the facilitators, then the outgoing holder (learnt from the handover as a facilitator reads it)
        List<Long> people = new ArrayList<>(groups.facilitatorIds(overdue.groupId()));
        long[] outgoing = {-1};
        for (long account : recipients.accountsOf(people, null)) {
            tellOverdue(account, overdue, outgoing);
        }
        if (outgoing[0] >= 0 && !people.contains(outgoing[0])) {
            recipients.accountOf(outgoing[0]).ifPresent(account -> tellOverdue(account, overdue, outgoing));
        }
    }

    private void tellOverdue(long account, HandoverOverdue overdue, long[] outgoing) {
        recipients.tell(account, NotificationKind.HANDOVER_OVERDUE, null, "handover-overdue:" + overdue.handoverId(),
                () -> {
                    Handover h = handovers.handover(overdue.handoverId());
                    outgoing[0] = h.outgoingPersonId();
                    return new Told(handoverLink(h.id()), h.seatTitle(), h.groupName());
                });
    }

    private static String groupLink(long groupId) {
        return "groups/" + groupId;
    }

    private static String handoverLink(long handoverId) {
        return "handovers/" + handoverId;
    }
}
