package org.thirdspace.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
class GroupServiceTest {

    @Autowired
    GroupService groups;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;

    @Test
    void creatorFacilitatesAndPartnershipsNeedTwoOwners() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Owners");
        var details = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Owners partnership", GroupVisibility.PUBLIC, p, p.school().id())));
        assertThat(details.permissions().role()).isEqualTo(GroupRole.FACILITATOR);
        assertThat(details.institutions()).extracting(OwnerInstitution::id)
                .containsExactly(p.school().id(), p.university().id());
        assertThat(details.purposeHtml()).contains("<strong>science</strong>");
        assertThat(details.memberCount()).isEqualTo(1);
        assertThat(details.stage()).isEqualTo(Stage.FORMING);

        var single = new GroupDraft(GroupKind.PARTNERSHIP, "Lonely", null, null, GroupVisibility.PUBLIC,
                JoinPolicy.REQUEST, null, List.of(p.school().id()), null, null, null, null, null);
        assertThatThrownBy(() -> as(p.teacher().email(), "MEMBER", () -> groups.create(single)))
                .isInstanceOfSatisfying(GroupException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GroupException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("institutionIds");
                    assertThat(e.messageKey()).isEqualTo("groups.error.owners-too-few");
                });
        var badRegion = new GroupDraft(GroupKind.NETWORK, "Regionless", null, null, GroupVisibility.PUBLIC,
                JoinPolicy.REQUEST, null, List.of(p.school().id()), null, null, Set.of("atlantis"), null, null);
        assertThatThrownBy(() -> as(p.teacher().email(), "MEMBER", () -> groups.create(badRegion)))
                .isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.field()).isEqualTo("regions"));
        var notMine = GroupFixtures.partnership("Not mine", GroupVisibility.PUBLIC, p, p.university().id());
        assertThatThrownBy(() -> as(p.teacher().email(), "MEMBER", () -> groups.create(notMine)))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("groups.error.not-your-institution"));
    }

    @Test
    void privateGroupsDoNotExistForNonMembers() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Hidden");
        var outsider = ProfileFixtures.person(accounts, people, "Olive Outsider");
        long id = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Hidden partnership", GroupVisibility.PRIVATE, p, p.school().id()))).id();

        as(outsider.email(), "MEMBER", () -> {
            assertThat(groups.details(id)).isEmpty();
            assertThat(groups.canSee(id)).isFalse();
            assertThat(groups.permissions(id)).isEqualTo(GroupPermissions.VISITOR);
            assertThat(groups.groupsOf(p.teacher().personId())).extracting(GroupRef::id).doesNotContain(id);
            assertThat(groups.summaries(List.of(id))).isEmpty();
            assertThatThrownBy(() -> groups.members(id, false)).isInstanceOfSatisfying(GroupException.class,
                    e -> assertThat(e.kind()).isEqualTo(GroupException.Kind.NOT_FOUND));
            assertThatThrownBy(() -> groups.history(id, Set.of(), 0, 10)).isInstanceOfSatisfying(GroupException.class,
                    e -> assertThat(e.kind()).isEqualTo(GroupException.Kind.NOT_FOUND));
            assertThatThrownBy(() -> groups.requestToJoin(id, "let me in", null))
                    .isInstanceOfSatisfying(GroupException.class,
                            e -> assertThat(e.kind()).isEqualTo(GroupException.Kind.NOT_FOUND));
        });
        // anonymous visitors neither
        assertThat(groups.details(id)).isEmpty();

        // an invitation reveals the group to the invitee, accepting makes them a member
        var invitation = as(p.teacher().email(), "MEMBER", () -> groups.invite(id, outsider.personId(), "Join us", null));
        as(outsider.email(), "MEMBER", () -> {
            assertThat(groups.permissions(id).pendingInvitationId()).isEqualTo(invitation.id());
            groups.acceptInvitation(invitation.id());
            assertThat(groups.details(id)).isPresent();
            assertThat(groups.myGroups()).extracting(GroupSummary::id).contains(id);
        });
    }

    @Test
    void membershipHistorySurvivesLeaveAndRejoin() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Rejoin");
        var member = ProfileFixtures.person(accounts, people, "Rita Rejoiner");
        long id = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Rejoin partnership", GroupVisibility.MEMBERS_ONLY, p, p.school().id()))).id();

        var request = as(member.email(), "MEMBER", () -> groups.requestToJoin(id, "I mentor science", null));
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> groups.requestToJoin(id, "again", null)))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("groups.error.request-open"));
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> groups.approve(request.id())))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.kind()).isEqualTo(GroupException.Kind.FORBIDDEN));
        as(p.teacher().email(), "MEMBER", () -> groups.approve(request.id()));
        as(member.email(), "MEMBER", () -> groups.leave(id));
        var again = as(member.email(), "MEMBER", () -> groups.requestToJoin(id, "Back again", null));
        as(p.teacher().email(), "MEMBER", () -> groups.approve(again.id()));

        as(p.teacher().email(), "MEMBER", () -> {
            var all = groups.members(id, true);
            var stints = all.stream().filter(m -> m.personId() == member.personId()).toList();
            assertThat(stints).hasSize(2);
            assertThat(stints.getFirst().current()).isTrue();
            assertThat(stints.get(1).current()).isFalse();
            assertThat(stints.get(1).endReason()).isEqualTo("LEFT");
            var history = groups.history(id, Set.of(HistoryType.JOINED, HistoryType.LEFT), 0, 50);
            assertThat(history).filteredOn(h -> Long.valueOf(member.personId()).equals(h.subjectPersonId()))
                    .extracting(HistoryEntry::type)
                    .containsExactly(HistoryType.JOINED, HistoryType.LEFT, HistoryType.JOINED);
            assertThat(groups.historyCount(id, Set.of())).isGreaterThanOrEqualTo(7);
        });
        // visitors cannot see a members-only group
        assertThat(groups.details(id)).isEmpty();
    }

    @Test
    void theLastFacilitatorStaysUntilTheRoleIsHandedOn() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Lead");
        long id = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Lead partnership", GroupVisibility.PUBLIC, p, p.school().id()))).id();
        var invite = as(p.teacher().email(), "MEMBER",
                () -> groups.invite(id, p.tutor().personId(), null, p.university().id()));
        as(p.tutor().email(), "MEMBER", () -> groups.acceptInvitation(invite.id()));

        assertThatThrownBy(() -> as(p.teacher().email(), "MEMBER", () -> groups.leave(id)))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("groups.error.last-facilitator"));
        as(p.teacher().email(), "MEMBER", () -> groups.changeRole(id, p.tutor().personId(), GroupRole.FACILITATOR));
        as(p.teacher().email(), "MEMBER", () -> groups.leave(id));
        as(p.tutor().email(), "MEMBER", () -> {
            var members = groups.members(id, false);
            assertThat(members).singleElement().satisfies(m -> {
                assertThat(m.personId()).isEqualTo(p.tutor().personId());
                assertThat(m.institutionName()).isEqualTo(p.university().name());
                assertThat(m.role()).isEqualTo(GroupRole.FACILITATOR);
            });
        });
    }

    @Test
    void mergingADuplicateInstitutionMovesOwnersAndMemberships() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Merge");
        var duplicate = org.thirdspace.people.ProfileFixtures.institution(institutions, "Merge Primary copy",
                org.thirdspace.shared.Sector.PRIMARY_SCHOOL);
        var draft = new GroupDraft(GroupKind.PARTNERSHIP, "Merge partnership", null, null, GroupVisibility.PUBLIC,
                JoinPolicy.REQUEST, null, List.of(p.school().id(), duplicate.id(), p.university().id()), null, null,
                null, null, p.school().id());
        long id = as(p.teacher().email(), "MEMBER", () -> groups.create(draft)).id();

        as("moderator@merge.example", "MODERATOR", () -> institutions.merge(p.school().id(), duplicate.id()));

        as(p.teacher().email(), "MEMBER", () -> {
            assertThat(groups.require(id).institutions()).extracting(OwnerInstitution::id)
                    .containsExactly(p.school().id(), p.university().id());
            assertThat(groups.members(id, false)).singleElement()
                    .satisfies(m -> assertThat(m.institutionId()).isEqualTo(p.school().id()));
        });
    }

    @Autowired
    SeatService seats;

    @Test
    void outsidersSeeSeatsButNotTheNamesOfPeopleWhoseProfilesTheyMayNotSee() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Masked");
        long id = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Masked partnership", GroupVisibility.PUBLIC, p, p.school().id()))).id();
        long seatId = as(p.teacher().email(), "MEMBER", () -> {
            var seat = seats.createSeat(id, new NewSeat(p.school().id(), "Link teacher", null, null));
            seats.assign(id, seat.id(), new NewAssignment(p.teacher().personId(), SeatAssignment.Kind.HOLDER, null));
            return seat.id();
        });
        // a visitor: the teacher's profile is for logged-in members only
        assertThat(seats.seats(id)).filteredOn(s -> s.id() == seatId).singleElement().satisfies(s -> {
            assertThat(s.holder()).isNotNull();
            assertThat(s.holder().personId()).isZero();
            assertThat(s.holder().displayName()).isNull();
        });
        assertThat(groups.members(id, false)).isEmpty();
        assertThat(groups.require(id).createdByName()).isNull();
        as(p.teacher().email(), "MEMBER",
                () -> assertThat(groups.require(id).createdByName()).isEqualTo(people.find(p.teacher().personId())
                        .orElseThrow().displayName()));
        // a logged-in outsider may see members' profiles, and so the name
        var outsider = ProfileFixtures.person(accounts, people, "Ollie Onlooker");
        as(outsider.email(), "MEMBER", () -> assertThat(seats.seats(id)).filteredOn(s -> s.id() == seatId)
                .singleElement().satisfies(s -> assertThat(s.holder().personId()).isEqualTo(p.teacher().personId())));
    }
}
