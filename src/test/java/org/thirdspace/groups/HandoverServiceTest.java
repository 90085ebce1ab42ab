package org.thirdspace.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.thirdspace.people.ProfileFixtures.update;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.shared.RuleViolation.Kind;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.introductions.Introduction;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class HandoverServiceTest {

    @Autowired
    HandoverService handovers;
    @Autowired
    SeatService seats;
    @Autowired
    GroupService groups;
    @Autowired
    IntroductionService introductions;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    java.time.Clock clock;

    @Test
    void aLinkTeacherMovesSchoolAndAColleagueTakesOverTheSeat() {
        // the partnership: a university tutor facilitates, the link teacher holds the school's seat
        var p = GroupFixtures.partners(accounts, people, institutions, "Move");
        var otherSchool = ProfileFixtures.institution(institutions, "Move Riverside School", Sector.SECONDARY_SCHOOL);
        Someone colleague = GroupFixtures.person(accounts, people, "Move Colleague", p.school());
        Someone shy = GroupFixtures.person(accounts, people, "Move Shy", p.school());
        Someone deputyTutor = GroupFixtures.person(accounts, people, "Move Deputy Tutor", p.university());
        as(shy.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.HIDDEN, false, true)));
        as(deputyTutor.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.MEMBERS, false, false)));

        long groupId = as(p.tutor().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Move partnership", GroupVisibility.PRIVATE, p, p.university().id()))).id();
        long linkTeacherSeat = as(p.tutor().email(), "MEMBER", () -> {
            Seat school = seats.createSeat(groupId, new NewSeat(p.school().id(), "Link teacher", "link-teacher",
                    null));
            Seat university = seats.createSeat(groupId, new NewSeat(p.university().id(), "Link tutor", "link-tutor",
                    null));
            seats.assign(groupId, school.id(),
                    new NewAssignment(p.teacher().personId(), SeatAssignment.Kind.HOLDER, LocalDate.of(2024, 9, 1)));
            seats.assign(groupId, university.id(),
                    new NewAssignment(p.tutor().personId(), SeatAssignment.Kind.HOLDER, null));
            seats.assign(groupId, university.id(),
                    new NewAssignment(deputyTutor.personId(), SeatAssignment.Kind.DEPUTY, null));
            return school.id();
        });

        // the teacher's affiliation with the school ends, one with the other school begins
        long affiliationId = people.find(p.teacher().personId()).orElseThrow().affiliations().stream()
                .filter(a -> a.institutionId() == p.school().id()).findFirst().map(AffiliationSummary::id)
                .orElseThrow();
        as(p.teacher().email(), "MEMBER", () -> {
            people.endAffiliation(p.teacher().personId(), affiliationId, LocalDate.now(clock));
            people.addAffiliation(p.teacher().personId(),
                    ProfileFixtures.since(otherSchool.id(), "Head of science", LocalDate.now(clock)));
        });

        // the seat is vacant, last held by the teacher, now at the other school; a handover is open
        Handover opened = await().atMost(Duration.ofSeconds(20)).until(
                () -> as(p.tutor().email(), "MEMBER", () -> handovers.handovers(groupId, false)),
                list -> !list.isEmpty()).getFirst();
        assertThat(opened.status()).isEqualTo(Handover.Status.OPEN);
        assertThat(opened.outgoingPersonId()).isEqualTo(p.teacher().personId());
        assertThat(opened.seatId()).isEqualTo(linkTeacherSeat);
        assertThat(opened.dueOn()).isEqualTo(LocalDate.now(clock).plusDays(30));
        assertThat(opened.contacts()).extracting(HandoverContact::personId)
                .containsExactlyInAnyOrder(p.tutor().personId(), deputyTutor.personId());
        as(p.tutor().email(), "MEMBER", () -> {
            Seat seat = seats.seats(groupId).stream().filter(s -> s.id() == linkTeacherSeat).findFirst().orElseThrow();
            assertThat(seat.vacant()).isTrue();
            assertThat(seat.handoverOpen()).isTrue();
            assertThat(seat.lastHolder().personId()).isEqualTo(p.teacher().personId());
            assertThat(seat.lastHolder().nowAt()).containsExactly(otherSchool.name());
            assertThat(seats.seatHistory(groupId, linkTeacherSeat)).singleElement()
                    .satisfies(a -> assertThat(a.endReason()).isEqualTo(SeatAssignment.EndReason.AFFILIATION_ENDED));
        });

        // the outgoing teacher writes the note and nominates a colleague from the school
        as(p.teacher().email(), "MEMBER", () -> {
            assertThat(handovers.mine()).extracting(Handover::id).containsExactly(opened.id());
            var withNote = handovers.saveNote(opened.id(), new HandoverNote("Placement agreement for **six** trainees",
                    "Dr Ames at the university", "Mentor training dates not fixed", "Sept: induction; June: review",
                    null));
            assertThat(withNote.noteHtml().liveAgreements()).contains("<strong>six</strong>");
            assertThat(withNote.permissions().writeNote()).isTrue();
            List<PersonSummary> candidates = handovers.successorCandidates(opened.id());
            assertThat(candidates).extracting(PersonSummary::id).contains(colleague.personId())
                    .doesNotContain(p.teacher().personId(), shy.personId(), p.tutor().personId());
            assertThatThrownBy(() -> handovers.nominate(opened.id(), p.tutor().personId()))
                    .isInstanceOfSatisfying(GroupException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("groups.handovers.error.not-candidate"));
            handovers.nominate(opened.id(), colleague.personId());
        });
        assertThat(events.stream(HandoverNominated.class))
                .contains(new HandoverNominated(groupId, opened.id(), colleague.personId()));

        // the colleague (not a member of the private group yet) reads the handover and accepts
        as(colleague.email(), "MEMBER", () -> {
            assertThat(groups.details(groupId)).isEmpty();
            Handover seen = handovers.handover(opened.id());
            assertThat(seen.note().partnerContacts()).isEqualTo("Dr Ames at the university");
            assertThat(seen.permissions().answer()).isTrue();
            assertThat(seen.permissions().nominate()).isFalse();
            assertThatThrownBy(() -> handovers.saveNote(opened.id(), HandoverNote.EMPTY))
                    .isInstanceOfSatisfying(GroupException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
            Handover accepted = handovers.accept(opened.id());
            assertThat(accepted.status()).isEqualTo(Handover.Status.ACCEPTED);
            assertThat(accepted.note().yearlyCalendar()).isEqualTo("Sept: induction; June: review");
            assertThat(groups.details(groupId)).isPresent();
            Seat seat = seats.seats(groupId).stream().filter(s -> s.id() == linkTeacherSeat).findFirst().orElseThrow();
            assertThat(seat.holder().personId()).isEqualTo(colleague.personId());
            assertThat(seat.handoverOpen()).isFalse();
            assertThat(groups.members(groupId, false)).filteredOn(m -> m.personId() == colleague.personId())
                    .singleElement().satisfies(m -> assertThat(m.institutionId()).isEqualTo(p.school().id()));
            // introduced to the tutor; the deputy does not take introductions and is skipped
            assertThat(introductions.mine()).extracting(Introduction::recipientId)
                    .containsExactly(p.tutor().personId());
            assertThat(introductions.mine().getFirst().message()).contains("Link teacher", "Move partnership");
        });
        assertThat(events.stream(HandoverAccepted.class))
                .contains(new HandoverAccepted(groupId, opened.id(), colleague.personId()));

        // the timeline tells the whole story, with the teacher's steps still attributed to them
        as(p.tutor().email(), "MEMBER", () -> {
            var story = groups.history(groupId, Set.of(HistoryType.SEAT_ASSIGNED, HistoryType.SEAT_ASSIGNMENT_ENDED,
                    HistoryType.HANDOVER_STARTED, HistoryType.HANDOVER_NOTE_WRITTEN, HistoryType.HANDOVER_NOMINATED,
                    HistoryType.HANDOVER_ACCEPTED), 0, 50).reversed();
            assertThat(story).filteredOn(h -> Long.valueOf(linkTeacherSeat).equals(h.seatId()))
                    .extracting(HistoryEntry::type)
                    .containsExactly(HistoryType.SEAT_ASSIGNED, HistoryType.SEAT_ASSIGNMENT_ENDED,
                            HistoryType.HANDOVER_STARTED, HistoryType.HANDOVER_NOTE_WRITTEN,
                            HistoryType.HANDOVER_NOMINATED, HistoryType.SEAT_ASSIGNED, HistoryType.HANDOVER_ACCEPTED);
            assertThat(story).filteredOn(h -> h.type() == HistoryType.HANDOVER_NOTE_WRITTEN).singleElement()
                    .satisfies(h -> assertThat(h.actorPersonId()).isEqualTo(p.teacher().personId()));
            assertThat(handovers.handovers(groupId, false)).isEmpty();
            assertThat(handovers.handovers(groupId, true)).singleElement()
                    .satisfies(h -> assertThat(h.successorPersonId()).isEqualTo(colleague.personId()));
        });
        // the teacher stays a member, now in a personal capacity, and sees the seat in their past
        as(p.teacher().email(), "MEMBER", () -> {
            assertThat(seats.seatsOf(p.teacher().personId())).singleElement()
                    .satisfies(h -> assertThat(h.current()).isFalse());
            assertThat(handovers.mine()).isEmpty();
        });
    }

    @Test
    void aNomineeCanDeclineAndOnlyTheNomineeAnswers() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Decline");
        Someone colleague = GroupFixtures.person(accounts, people, "Decline Colleague", p.school());
        long groupId = as(p.tutor().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Decline partnership", GroupVisibility.MEMBERS_ONLY, p, p.university().id()))).id();
        long seatId = as(p.tutor().email(), "MEMBER", () -> {
            Seat seat = seats.createSeat(groupId, new NewSeat(p.school().id(), "Link teacher", null, null));
            seats.assign(groupId, seat.id(), new NewAssignment(p.teacher().personId(), SeatAssignment.Kind.HOLDER,
                    null));
            return seat.id();
        });

        // the holder steps down by hand
        Handover started = as(p.teacher().email(), "MEMBER", () -> handovers.start(groupId, seatId));
        assertThat(events.stream(HandoverStarted.class))
                .contains(new HandoverStarted(groupId, started.id(), seatId, p.teacher().personId()));
        assertThatThrownBy(() -> as(p.tutor().email(), "MEMBER", () -> handovers.start(groupId, seatId)))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("groups.handovers.error.no-holder"));

        as(p.tutor().email(), "MEMBER", () -> handovers.nominate(started.id(), colleague.personId()));
        assertThatThrownBy(() -> as(p.tutor().email(), "MEMBER", () -> handovers.accept(started.id())))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("groups.handovers.error.not-nominee"));
        assertThatThrownBy(() -> as(colleague.email(), "MEMBER",
                () -> handovers.decline(started.id(), "x".repeat(501))))
                .isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID));

        Handover declined = as(colleague.email(), "MEMBER", () -> handovers.decline(started.id(), "On leave next term"));
        assertThat(declined.status()).isEqualTo(Handover.Status.OPEN);
        assertThat(declined.declinedReason()).isEqualTo("On leave next term");
        assertThat(declined.successorPersonId()).isNull();
        // no longer the nominee, and not a member: the colleague cannot see it any more
        assertThatThrownBy(() -> as(colleague.email(), "MEMBER", () -> handovers.handover(started.id())))
                .isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));

        // retiring the seat cancels the handover
        as(p.tutor().email(), "MEMBER", () -> {
            seats.retireSeat(groupId, seatId);
            assertThat(handovers.handover(started.id()).status()).isEqualTo(Handover.Status.CANCELLED);
            assertThat(groups.history(groupId, Set.of(HistoryType.HANDOVER_DECLINED), 0, 10)).singleElement()
                    .satisfies(h -> assertThat(h.detail()).isEqualTo("On leave next term"));
        });
    }

    @Test
    void deputiesEndWithoutHandoverAndAnnouncedEndsKeepTheSeatUntilTheDay() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Announce");
        Someone deputy = GroupFixtures.person(accounts, people, "Announce Deputy", p.school());
        long groupId = as(p.tutor().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Announce partnership", GroupVisibility.PUBLIC, p, p.university().id()))).id();
        long seatId = as(p.tutor().email(), "MEMBER", () -> {
            Seat seat = seats.createSeat(groupId, new NewSeat(p.school().id(), "Link teacher", null, null));
            seats.assign(groupId, seat.id(), new NewAssignment(p.teacher().personId(), SeatAssignment.Kind.HOLDER,
                    null));
            seats.assign(groupId, seat.id(), new NewAssignment(deputy.personId(), SeatAssignment.Kind.DEPUTY, null));
            return seat.id();
        });
        LocalDate today = LocalDate.now(clock);

        // the deputy leaves the school: the deputy place ends, no handover
        long deputyAffiliation = affiliationAt(deputy, p.school().id());
        as(deputy.email(), "MEMBER", () -> people.endAffiliation(deputy.personId(), deputyAffiliation, today));
        await().atMost(Duration.ofSeconds(20)).until(() -> as(p.tutor().email(), "MEMBER",
                () -> seats.seats(groupId).getFirst().deputy() == null));

        // the holder announces leaving at the end of next month: the handover opens now, the seat stays held
        LocalDate lastDay = today.plusDays(45);
        long holderAffiliation = affiliationAt(p.teacher(), p.school().id());
        as(p.teacher().email(), "MEMBER",
                () -> people.endAffiliation(p.teacher().personId(), holderAffiliation, lastDay));
        Handover opened = await().atMost(Duration.ofSeconds(20)).until(
                () -> as(p.tutor().email(), "MEMBER", () -> handovers.handovers(groupId, false)),
                list -> !list.isEmpty()).getFirst();
        as(p.tutor().email(), "MEMBER", () -> {
            Seat seat = seats.seats(groupId).getFirst();
            assertThat(seat.holder().personId()).isEqualTo(p.teacher().personId());
            assertThat(seat.holder().endsOn()).isEqualTo(lastDay);
            assertThat(seat.openHandoverId()).isEqualTo(opened.id());
            assertThat(seats.seatHistory(groupId, seatId))
                    .filteredOn(a -> a.kind() == SeatAssignment.Kind.DEPUTY).singleElement()
                    .satisfies(a -> assertThat(a.endReason()).isEqualTo(SeatAssignment.EndReason.AFFILIATION_ENDED));
            assertThat(handovers.handovers(groupId, true)).hasSize(1);
        });
    }

    private long affiliationAt(Someone someone, long institutionId) {
        return people.find(someone.personId()).orElseThrow().affiliations().stream()
                .filter(a -> a.institutionId() == institutionId).findFirst().map(AffiliationSummary::id)
                .orElseThrow();
    }
}
