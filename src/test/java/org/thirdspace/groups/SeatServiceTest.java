package org.thirdspace.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.shared.RuleViolation.Kind;
import org.thirdspace.groups.internal.GroupJobs;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.MutableClock;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class SeatServiceTest {

    @Autowired
    SeatService seats;
    @Autowired
    GroupService groups;
    @Autowired
    PartnershipRecordService records;
    @Autowired
    HandoverService handovers;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    GroupJobs jobs;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A partnership of the school and the university, facilitated by the tutor on behalf of the university. */
    private long partnership(GroupFixtures.Partners p, String name, GroupVisibility visibility) {
        return as(p.tutor().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership(name, visibility, p, p.university().id()))).id();
    }

    private Seat seat(GroupFixtures.Partners p, long groupId, long institutionId, String title) {
        return as(p.tutor().email(), "MEMBER",
                () -> seats.createSeat(groupId, new NewSeat(institutionId, title, "link-teacher", null)));
    }

    private SeatAssignment assign(GroupFixtures.Partners p, long groupId, long seatId, long personId,
            SeatAssignment.Kind kind) {
        return as(p.tutor().email(), "MEMBER",
                () -> seats.assign(groupId, seatId, new NewAssignment(personId, kind, null)));
    }

    private static void expect(Runnable action, Kind kind, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GroupException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            if (key != null) {
                assertThat(e.messageKey()).isEqualTo(key);
            }
        });
    }

    @Test
    void seatsGetHoldersDeputiesAndKeepTheirHistory() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Seats");
        Someone colleague = GroupFixtures.person(accounts, people, "Seats Colleague", p.school());
        Someone elsewhere = GroupFixtures.person(accounts, people, "Seats Elsewhere", p.university());
        long groupId = partnership(p, "Seats partnership", GroupVisibility.PUBLIC);

        var outsiderInstitution = ProfileFixtures.institution(institutions, "Seats Other", org.thirdspace.shared.Sector.CHARITY);
        expect(() -> as(p.tutor().email(), "MEMBER", () -> seats.createSeat(groupId,
                new NewSeat(outsiderInstitution.id(), "Broker", null, null))), Kind.INVALID,
                "groups.seats.error.not-owner");
        expect(() -> as(p.tutor().email(), "MEMBER", () -> seats.createSeat(groupId,
                new NewSeat(p.school().id(), "Broker", "no-such-role", null))), Kind.INVALID,
                "groups.error.unknown-term");

        Seat seat = seat(p, groupId, p.school().id(), "Link teacher");
        assertThat(seat.vacant()).isTrue();
        assertThat(seat.institutionName()).isEqualTo(p.school().name());

        // only people currently at the seat's institution
        expect(() -> assign(p, groupId, seat.id(), elsewhere.personId(), SeatAssignment.Kind.HOLDER), Kind.INVALID,
                "groups.seats.error.not-affiliated");
        expect(() -> as(p.tutor().email(), "MEMBER", () -> seats.assign(groupId, seat.id(),
                new NewAssignment(p.teacher().personId(), SeatAssignment.Kind.HOLDER, LocalDate.now().plusDays(3)))),
                Kind.INVALID, "groups.seats.error.start-in-future");

        var first = assign(p, groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER);
        assertThat(first.current()).isTrue();
        assertThat(events.stream(SeatAssigned.class))
                .contains(new SeatAssigned(groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER));
        expect(() -> assign(p, groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER), Kind.CONFLICT,
                "groups.seats.error.already-assigned");
        expect(() -> assign(p, groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.DEPUTY), Kind.INVALID,
                "groups.seats.error.holder-as-deputy");
        assign(p, groupId, seat.id(), colleague.personId(), SeatAssignment.Kind.DEPUTY);

        as(p.tutor().email(), "MEMBER", () -> {
            // the holder became a member on behalf of the school
            assertThat(groups.members(groupId, false)).filteredOn(m -> m.personId() == p.teacher().personId())
                    .singleElement().satisfies(m -> assertThat(m.institutionId()).isEqualTo(p.school().id()));
            Seat now = seats.seats(groupId).getFirst();
            assertThat(now.holder().personId()).isEqualTo(p.teacher().personId());
            assertThat(now.deputy().personId()).isEqualTo(colleague.personId());
        });

        // the deputy steps up: the holder is replaced, the deputy place ends
        assign(p, groupId, seat.id(), colleague.personId(), SeatAssignment.Kind.HOLDER);
        as(p.tutor().email(), "MEMBER", () -> {
            Seat now = seats.seats(groupId).getFirst();
            assertThat(now.holder().personId()).isEqualTo(colleague.personId());
            assertThat(now.deputy()).isNull();
            var seatHistory = seats.seatHistory(groupId, seat.id());
            assertThat(seatHistory).hasSize(3);
            assertThat(seatHistory).filteredOn(a -> a.personId() == p.teacher().personId()).singleElement()
                    .satisfies(a -> {
                        assertThat(a.endReason()).isEqualTo(SeatAssignment.EndReason.REPLACED);
                        assertThat(a.assignedByName()).isEqualTo(name(p.tutor()));
                    });
            assertThat(seats.seatsOf(p.teacher().personId())).singleElement()
                    .satisfies(h -> {
                        assertThat(h.groupName()).isEqualTo("Seats partnership");
                        assertThat(h.current()).isFalse();
                    });
            assertThat(groups.history(groupId, Set.of(HistoryType.SEAT_ASSIGNED, HistoryType.SEAT_ASSIGNMENT_ENDED,
                    HistoryType.SEAT_CREATED), 0, 50)).extracting(HistoryEntry::type)
                    .containsOnly(HistoryType.SEAT_ASSIGNED, HistoryType.SEAT_ASSIGNMENT_ENDED,
                            HistoryType.SEAT_CREATED)
                    .hasSize(6);
        });

        // the holder ends their own assignment at the end of next month: still current until then
        long colleagueAssignment = as(p.tutor().email(), "MEMBER",
                () -> seats.seats(groupId).getFirst().holder().assignmentId());
        LocalDate end = LocalDate.now(clock).plusDays(40);
        as(colleague.email(), "MEMBER", () -> seats.endAssignment(groupId, colleagueAssignment, end));
        as(p.tutor().email(), "MEMBER", () -> assertThat(seats.seats(groupId).getFirst().holder().endsOn())
                .isEqualTo(end));
        clock.advance(Duration.ofDays(41));
        jobs.closeEndedAssignments();
        assertThat(jdbc.queryForObject("select count(*) from seat_assignment where seat_id = ? and open_slot = 1",
                Integer.class, seat.id())).isZero();
        as(p.tutor().email(), "MEMBER", () -> {
            Seat now = seats.seats(groupId).getFirst();
            assertThat(now.vacant()).isTrue();
            assertThat(now.lastHolder().personId()).isEqualTo(colleague.personId());
            assertThat(now.lastHolder().nowAt()).containsExactly(p.school().name());
        });
        clock.reset();

        // retiring ends the assignments and hides the seat from the vacancies
        assign(p, groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER);
        Seat retired = as(p.tutor().email(), "MEMBER", () -> seats.retireSeat(groupId, seat.id()));
        assertThat(retired.retired()).isTrue();
        assertThat(retired.holder()).isNull();
        assertThat(retired.vacant()).isFalse();
        expect(() -> assign(p, groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER),
                Kind.CONFLICT, "groups.seats.error.retired");
    }

    @Test
    void leavingTheGroupEndsTheSeatsThere() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Leaver");
        long groupId = partnership(p, "Leaver partnership", GroupVisibility.MEMBERS_ONLY);
        Seat seat = seat(p, groupId, p.school().id(), "Link teacher");
        assign(p, groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER);

        as(p.teacher().email(), "MEMBER", () -> groups.leave(groupId));

        as(p.tutor().email(), "MEMBER", () -> {
            Seat now = seats.seats(groupId).getFirst();
            assertThat(now.vacant()).isTrue();
            assertThat(now.lastHolder().personId()).isEqualTo(p.teacher().personId());
            assertThat(seats.seatHistory(groupId, seat.id())).singleElement()
                    .satisfies(a -> assertThat(a.endReason()).isEqualTo(SeatAssignment.EndReason.LEFT_GROUP));
        });
    }

    @Test
    void concurrentAssignmentsNeverGiveASeatTwoCurrentHolders() throws Exception {
        var p = GroupFixtures.partners(accounts, people, institutions, "Race");
        Someone second = GroupFixtures.person(accounts, people, "Race Second", p.school());
        long groupId = partnership(p, "Race partnership", GroupVisibility.PUBLIC);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Seat seat = seat(p, groupId, p.school().id(), "Link teacher " + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (long personId : List.of(p.teacher().personId(), second.personId())) {
                    Callable<String> attempt = () -> {
                        start.await();
                        return as(p.tutor().email(), "MEMBER", () -> {
                            try {
                                seats.assign(groupId, seat.id(),
                                        new NewAssignment(personId, SeatAssignment.Kind.HOLDER, null));
                                return "assigned";
                            } catch (GroupException e) {
                                return e.kind().name();
                            }
                        });
                    };
                    outcomes.add(pool.submit(attempt));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                // either both went through one after the other (the second replaced the first), or one was refused
                assertThat(results).contains("assigned").allMatch(r -> r.equals("assigned") || r.equals("CONFLICT"));
                assertThat(jdbc.queryForObject("select count(*) from seat_assignment where seat_id = ?"
                        + " and kind = 'HOLDER' and open_slot = 1", Integer.class, seat.id())).isEqualTo(1);
                assertThat(jdbc.queryForObject("select count(*) from seat_assignment where seat_id = ?"
                        + " and kind = 'HOLDER' and ended_on is null", Integer.class, seat.id())).isEqualTo(1);
                as(p.tutor().email(), "MEMBER", () -> assertThat(seats.seats(groupId))
                        .filteredOn(s -> s.id() == seat.id()).singleElement()
                        .satisfies(s -> assertThat(s.holder()).isNotNull()));
            }
        } finally {
            pool.shutdownNow();
        }
        // the database refuses a second open holder even without the lock
        long seatId = as(p.tutor().email(), "MEMBER", () -> seats.seats(groupId).getFirst().id());
        assertThatThrownBy(() -> jdbc.update("insert into seat_assignment (seat_id, person_id, kind, started_on,"
                + " created_at, open_slot, version) values (?, ?, 'HOLDER', current_date, current_timestamp, 1, 0)",
                seatId, second.personId()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void warningsNameTheSinglePointsOfFailure() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Warn");
        Someone colleague = GroupFixtures.person(accounts, people, "Warn Colleague", p.school());
        long groupId = partnership(p, "Warn partnership", GroupVisibility.PUBLIC);
        Seat seat = seat(p, groupId, p.school().id(), "Link teacher");

        as(p.tutor().email(), "MEMBER", () -> assertThat(seats.warnings(groupId))
                .extracting(Warning::kind, Warning::institutionId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.SINGLE_PERSON_SIDE, p.university().id()),
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.VACANT_SEAT, p.school().id())));

        assign(p, groupId, seat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER);
        as(p.tutor().email(), "MEMBER", () -> assertThat(seats.warnings(groupId))
                .extracting(Warning::kind, Warning::institutionId, Warning::personName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.SINGLE_PERSON_SIDE, p.university().id(),
                                name(p.tutor())),
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.SINGLE_PERSON_SIDE, p.school().id(),
                                name(p.teacher())),
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.NO_DEPUTY, p.school().id(),
                                name(p.teacher()))));

        assign(p, groupId, seat.id(), colleague.personId(), SeatAssignment.Kind.DEPUTY);
        as(p.tutor().email(), "MEMBER", () -> assertThat(seats.warnings(groupId)).extracting(Warning::kind)
                .containsExactly(Warning.Kind.SINGLE_PERSON_SIDE));

        // a year on, the review is due; the reminder goes out once
        clock.advance(Duration.ofDays(366));
        as(p.tutor().email(), "MEMBER", () -> assertThat(seats.warnings(groupId)).extracting(Warning::kind)
                .containsExactly(Warning.Kind.SINGLE_PERSON_SIDE, Warning.Kind.REVIEW_DUE));
        jobs.remindReviews();
        jobs.remindReviews();
        assertThat(events.stream(SelfReviewDue.class).filter(e -> e.groupId() == groupId)).hasSize(1);

        // a facilitator starts a handover by hand; past its due date it is flagged once
        var handover = as(p.tutor().email(), "MEMBER", () -> handovers.start(groupId, seat.id()));
        assertThat(handover.dueOn()).isEqualTo(LocalDate.now(clock).plusDays(30));
        clock.advance(Duration.ofDays(31));
        jobs.flagOverdueHandovers();
        jobs.flagOverdueHandovers();
        assertThat(events.stream(HandoverOverdue.class))
                .containsOnlyOnce(new HandoverOverdue(groupId, handover.id()));
        as(p.tutor().email(), "MEMBER", () -> {
            assertThat(handovers.handover(handover.id()).overdue()).isTrue();
            assertThat(groups.history(groupId, Set.of(HistoryType.HANDOVER_OVERDUE), 0, 10)).singleElement()
                    .satisfies(h -> assertThat(h.refId()).isEqualTo(handover.id()));
            assertThat(seats.warnings(groupId)).extracting(Warning::kind).contains(Warning.Kind.OVERDUE_HANDOVER,
                    Warning.Kind.VACANT_SEAT);
        });
    }

    @Test
    void outsidersCannotSeeOrChangeSeats() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Closed door");
        Someone outsider = ProfileFixtures.person(accounts, people, "Closed Outsider");
        long hidden = partnership(p, "Closed door private", GroupVisibility.PRIVATE);
        long open = partnership(p, "Closed door public", GroupVisibility.PUBLIC);
        Seat hiddenSeat = seat(p, hidden, p.school().id(), "Link teacher");
        Seat openSeat = seat(p, open, p.school().id(), "Link teacher");
        assign(p, hidden, hiddenSeat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER);
        assign(p, open, openSeat.id(), p.teacher().personId(), SeatAssignment.Kind.HOLDER);
        var handover = as(p.tutor().email(), "MEMBER", () -> handovers.start(hidden, hiddenSeat.id()));

        as(outsider.email(), "MEMBER", () -> {
            expect(() -> seats.seats(hidden), Kind.NOT_FOUND, "groups.error.not-found");
            expect(() -> seats.seatHistory(hidden, hiddenSeat.id()), Kind.NOT_FOUND, null);
            expect(() -> seats.warnings(hidden), Kind.NOT_FOUND, null);
            expect(() -> seats.createSeat(hidden, new NewSeat(p.school().id(), "Mine", null, null)),
                    Kind.NOT_FOUND, null);
            expect(() -> seats.assign(hidden, hiddenSeat.id(),
                    new NewAssignment(outsider.personId(), SeatAssignment.Kind.HOLDER, null)), Kind.NOT_FOUND, null);
            expect(() -> handovers.handovers(hidden, true), Kind.NOT_FOUND, null);
            expect(() -> handovers.handover(handover.id()), Kind.NOT_FOUND, "groups.handovers.error.not-found");
            expect(() -> handovers.start(hidden, hiddenSeat.id()), Kind.NOT_FOUND, null);
            expect(() -> records.record(hidden), Kind.NOT_FOUND, null);
            expect(() -> records.reviewChartSvg(hidden, java.util.Locale.ENGLISH), Kind.NOT_FOUND, null);
            expect(() -> records.meetings(hidden), Kind.NOT_FOUND, null);
            assertThat(seats.seatsOf(p.teacher().personId())).extracting(HeldSeat::groupId)
                    .containsExactly(open);
            assertThat(handovers.mine()).isEmpty();

            // a public group shows its seats, but not their history, and outsiders change nothing
            assertThat(seats.seats(open)).singleElement()
                    .satisfies(s -> assertThat(s.holder().personId()).isEqualTo(p.teacher().personId()));
            expect(() -> seats.seatHistory(open, openSeat.id()), Kind.FORBIDDEN, null);
            expect(() -> seats.warnings(open), Kind.FORBIDDEN, null);
            expect(() -> seats.createSeat(open, new NewSeat(p.school().id(), "Mine", null, null)),
                    Kind.FORBIDDEN, null);
            expect(() -> seats.retireSeat(open, openSeat.id()), Kind.FORBIDDEN, null);
            expect(() -> seats.endAssignment(open, seats.seats(open).getFirst().holder().assignmentId(), null),
                    Kind.FORBIDDEN, "groups.seats.error.not-yours");
            expect(() -> handovers.start(open, openSeat.id()), Kind.FORBIDDEN, null);
            expect(() -> records.record(open), Kind.FORBIDDEN, null);
        });
        // a member who does not facilitate cannot manage seats either
        as(p.teacher().email(), "MEMBER", () -> {
            expect(() -> seats.createSeat(open, new NewSeat(p.school().id(), "Mine", null, null)),
                    Kind.FORBIDDEN, "groups.error.manager-only");
            assertThat(seats.seatHistory(open, openSeat.id())).hasSize(1);
        });
        // anonymous visitors see a public group's seats only
        assertThat(seats.seats(open)).hasSize(1);
        expect(() -> seats.seats(hidden), Kind.NOT_FOUND, null);
    }

    private String name(Someone someone) {
        return people.find(someone.personId()).orElseThrow().displayName();
    }
}
