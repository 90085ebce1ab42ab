package org.thirdspace.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.RuleViolation;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The needs board on the real database: validation of a need, posting on behalf of one's own
 * institution or group only, who may edit, claim and close, and private-group needs invisible
 * (not found) to outsiders.
 */
@IntegrationTest
@RecordApplicationEvents
class NeedServiceTest {

    @Autowired
    NeedService needs;
    @Autowired
    GroupService groups;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ApplicationEvents events;

    static String token() {
        StringBuilder sb = new StringBuilder("nq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    static NeedDraft draft(String title, Long institutionId, Long groupId) {
        return new NeedDraft(title, "We would like a **STEM ambassador** for a careers afternoon.",
                "Year 9 girls, 30 students", institutionId, groupId,
                Map.of(NeedFacet.ACTIVITY, Set.of("stem-outreach"), NeedFacet.SUBJECT, Set.of("science"),
                        NeedFacet.PHASE, Set.of("secondary"), NeedFacet.REGION, Set.of("north-west")),
                false, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), 2);
    }

    static NeedDraft withOnline(NeedDraft d, boolean onlineOk, Map<NeedFacet, Set<String>> facets) {
        return new NeedDraft(d.title(), d.description(), d.forWhom(), d.institutionId(), d.groupId(), facets, onlineOk,
                d.startsOn(), d.endsOn(), d.capacityNeeded());
    }

    private static String field(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            assertThat(e.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            return e.field();
        }
        throw new AssertionError("no rule violation");
    }

    @Test
    void aMemberPostsANeedForTheirInstitutionAndTheBoardFindsIt() {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needham " + tag);
        Someone teacher = partners.teacher();
        events.clear();
        NeedDetails need = as(teacher.email(), "MEMBER",
                () -> needs.create(draft("Careers afternoon " + tag, partners.school().id(), null)));
        assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(need.descriptionHtml()).contains("<strong>STEM ambassador</strong>");
        assertThat(need.onBehalfOf()).isEqualTo(new NeedBehalf(NeedBehalf.Kind.INSTITUTION, partners.school().id(),
                partners.school().name()));
        assertThat(need.authorPersonId()).isEqualTo(teacher.personId());
        assertThat(need.lastResponseAt()).isNull();
        assertThat(need.claimedByPersonId()).isNull();
        assertThat(need.canEdit()).isTrue();
        assertThat(need.canClaim()).isFalse();
        assertThat(events.stream(NeedPosted.class).filter(e -> e.needId() == need.id())).hasSize(1);

        Someone reader = ProfileFixtures.person(accounts, people, "Nia Reader");
        NeedPage page = as(reader.email(), "MEMBER", () -> needs.list(new NeedQuery(tag, null,
                Map.of(NeedFacet.REGION, Set.of("north-west"), NeedFacet.ACTIVITY, Set.of("stem-outreach", "ite")),
                0, 10)));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().getFirst().id()).isEqualTo(need.id());
        assertThat(page.items().getFirst().forWhom()).isEqualTo("Year 9 girls, 30 students");
        assertThat(as(reader.email(), "MEMBER", () -> needs.count(new NeedQuery(tag, Set.of(NeedStatus.CLOSED),
                null, 0, 10)))).isZero();
        assertThat(as(reader.email(), "MEMBER", () -> needs.count(new NeedQuery("year 9 GIRLS", null,
                Map.of(NeedFacet.REGION, Set.of("london")), 0, 10)))).isZero();
        assertThat(as(reader.email(), "MEMBER", () -> needs.require(need.id())).canEdit()).isFalse();
    }

    @Test
    void badNeedsAreRefusedNamingTheField() {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needcheck " + tag);
        String email = partners.teacher().email();
        long school = partners.school().id();
        NeedDraft ok = draft("Valid " + tag, school, null);
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(draft("no", school, null))))).isEqualTo("title");
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(new NeedDraft(ok.title(), " ", ok.forWhom(),
                school, null, ok.facets(), false, null, null, 1))))).isEqualTo("description");
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(new NeedDraft(ok.title(), ok.description(),
                "", school, null, ok.facets(), false, null, null, 1))))).isEqualTo("forWhom");
        // exactly one of institution and group, and only one's own
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(draft("Nobody " + tag, null, null)))))
                .isEqualTo("institutionId");
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(draft("Both " + tag, school, 1L)))))
                .isEqualTo("groupId");
        assertThat(field(() -> as(email, "MEMBER",
                () -> needs.create(draft("Not mine " + tag, partners.university().id(), null)))))
                .isEqualTo("institutionId");
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(draft("No group " + tag, null, 987654321L)))))
                .isEqualTo("groupId");
        // facets from the vocabularies; a region unless online is fine
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(ok.with(NeedFacet.SUBJECT, "alchemy")))))
                .isEqualTo("subject");
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(withOnline(ok, false,
                Map.of(NeedFacet.ACTIVITY, Set.of("cpd"))))))).isEqualTo("region");
        NeedDetails online = as(email, "MEMBER", () -> needs.create(withOnline(ok, true,
                Map.of(NeedFacet.ACTIVITY, Set.of("cpd")))));
        assertThat(online.onlineOk()).isTrue();
        assertThat(online.facets()).doesNotContainKey(NeedFacet.REGION);
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(withOnline(ok, true, Map.of()))))).isEqualTo("activity");
        // time frame and capacity
        assertThat(field(() -> as(email, "MEMBER", () -> needs.create(new NeedDraft(ok.title(), ok.description(),
                ok.forWhom(), school, null, ok.facets(), false, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1),
                1))))).isEqualTo("endsOn");
        for (Integer capacity : new Integer[] {0, 51, null}) {
            assertThat(field(() -> as(email, "MEMBER", () -> needs.create(new NeedDraft(ok.title(), ok.description(),
                    ok.forWhom(), school, null, ok.facets(), false, null, null, capacity))))).isEqualTo("capacityNeeded");
        }
        assertThat(field(() -> as(email, "MEMBER", () -> needs.list(new NeedQuery(null, null,
                Map.of(NeedFacet.PHASE, Set.of("kindergarten-of-doom")), 0, 10))))).isEqualTo("phase");
        assertThat(as(email, "MEMBER", () -> needs.count(new NeedQuery(tag, null, null, 0, 10)))).isEqualTo(1);
    }

    @Test
    void aPrivateGroupsNeedIsNotFoundForOutsidersButSeenByMembersBrokersAndModerators() {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needsecret " + tag);
        GroupDetails group = as(partners.teacher().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Needsecret private " + tag, GroupVisibility.PRIVATE, partners, partners.school().id())));
        NeedDetails need = as(partners.teacher().email(), "MEMBER",
                () -> needs.create(draft("Secret need " + tag, null, group.id())));
        assertThat(need.onBehalfOf().kind()).isEqualTo(NeedBehalf.Kind.GROUP);
        Someone outsider = ProfileFixtures.person(accounts, people, "Osian Outsider");
        Someone broker = ProfileFixtures.person(accounts, people, "Bethan Broker", Role.BROKER);
        Someone moderator = ProfileFixtures.person(accounts, people, "Mali Moderator", Role.MODERATOR);

        assertThat(as(outsider.email(), "MEMBER", () -> needs.details(need.id()))).isEmpty();
        assertThatThrownBy(() -> as(outsider.email(), "MEMBER", () -> needs.require(need.id())))
                .isInstanceOfSatisfying(NeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThat(as(outsider.email(), "MEMBER", () -> needs.count(new NeedQuery(tag, null, null, 0, 10)))).isZero();
        assertThatThrownBy(() -> as(outsider.email(), "MEMBER", () -> needs.close(need.id(), NeedOutcome.WITHDRAWN, null)))
                .isInstanceOfSatisfying(NeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        // an outsider cannot post for a group they are not in
        assertThat(field(() -> as(outsider.email(), "MEMBER", () -> needs.create(draft("Intruder " + tag, null,
                group.id()))))).isEqualTo("groupId");

        assertThat(as(broker.email(), "BROKER", () -> needs.count(new NeedQuery(tag, null, null, 0, 10)))).isEqualTo(1);
        assertThat(as(moderator.email(), "MODERATOR", () -> needs.require(need.id())).title()).isEqualTo("Secret need " + tag);
        assertThat(as(partners.teacher().email(), "MEMBER", () -> needs.list(new NeedQuery(tag, null, null, 0, 10)))
                .items()).extracting(NeedSummary::id).containsExactly(need.id());
    }

    @Test
    void brokersClaimAuthorsAndBrokersCloseOthersMayNot() {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needflow " + tag);
        Someone author = partners.teacher();
        NeedDetails need = as(author.email(), "MEMBER",
                () -> needs.create(draft("Mentors wanted " + tag, partners.school().id(), null)));
        Someone member = ProfileFixtures.person(accounts, people, "Mererid Member");
        Someone broker = ProfileFixtures.person(accounts, people, "Bryn Broker", Role.BROKER);
        Someone other = ProfileFixtures.person(accounts, people, "Olwen Broker", Role.BROKER);

        // members may neither claim nor close nor edit someone else's need
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> needs.claim(need.id())))
                .isInstanceOfSatisfying(NeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> needs.close(need.id(), NeedOutcome.NO_MATCH, null)))
                .isInstanceOfSatisfying(NeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
        assertThatThrownBy(() -> as(member.email(), "MEMBER",
                () -> needs.update(need.id(), draft("Hijacked " + tag, partners.school().id(), null))))
                .isInstanceOf(NeedException.class);
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> needs.create(draft("x " + tag, null, null))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> as(broker.email(), "BROKER", () -> needs.create(draft("Broker " + tag,
                partners.school().id(), null)))).isInstanceOf(AccessDeniedException.class);

        // the author claims nothing; a broker does
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> needs.claim(need.id())))
                .isInstanceOf(NeedException.class);
        assertThat(as(broker.email(), "BROKER", () -> needs.require(need.id())).canClaim()).isTrue();
        NeedDetails claimed = as(broker.email(), "BROKER", () -> needs.claim(need.id()));
        assertThat(claimed.status()).isEqualTo(NeedStatus.IN_PROGRESS);
        assertThat(claimed.claimedByPersonId()).isEqualTo(broker.personId());
        assertThat(claimed.claimedAt()).isNotNull();
        assertThat(claimed.lastResponseAt()).isEqualTo(claimed.claimedAt());
        assertThatThrownBy(() -> as(other.email(), "BROKER", () -> needs.claim(need.id())))
                .isInstanceOfSatisfying(NeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));

        // a broker edits (behalf unchanged), closing needs an outcome
        NeedDetails edited = as(broker.email(), "BROKER", () -> needs.update(need.id(),
                draft("Two mentors wanted " + tag, partners.school().id(), null)));
        assertThat(edited.title()).isEqualTo("Two mentors wanted " + tag);
        assertThat(field(() -> as(broker.email(), "BROKER", () -> needs.close(need.id(), null, "done"))))
                .isEqualTo("outcome");
        NeedDetails closed = as(broker.email(), "BROKER",
                () -> needs.changeStatus(need.id(), NeedStatus.CLOSED, NeedOutcome.MATCHED, "Two PhD students"));
        assertThat(closed.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(NeedOutcome.MATCHED);
        assertThat(closed.outcomeNote()).isEqualTo("Two PhD students");
        assertThat(closed.closedAt()).isNotNull();

        // closed needs: the author still sees theirs, an unrelated member does not
        assertThat(as(member.email(), "MEMBER", () -> needs.details(need.id()))).isEmpty();
        assertThat(as(author.email(), "MEMBER", () -> needs.require(need.id())).status()).isEqualTo(NeedStatus.CLOSED);
        assertThatThrownBy(() -> as(other.email(), "BROKER", () -> needs.claim(need.id())))
                .isInstanceOfSatisfying(NeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));

        // the author reopens and withdraws it
        NeedDetails reopened = as(author.email(), "MEMBER", () -> needs.reopen(need.id()));
        assertThat(reopened.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(reopened.claimedByPersonId()).isNull();
        assertThat(reopened.outcome()).isNull();
        assertThat(as(author.email(), "MEMBER", () -> needs.close(need.id(), NeedOutcome.WITHDRAWN, null)).outcome())
                .isEqualTo(NeedOutcome.WITHDRAWN);
        assertThat(events.stream(NeedChanged.class).filter(e -> e.needId() == need.id())).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void facilitatorsOfTheGroupMayCloseItsNeeds() {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needgroup " + tag);
        GroupDetails group = as(partners.teacher().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Needgroup open " + tag, GroupVisibility.PUBLIC, partners, partners.school().id())));
        // the teacher facilitates the group; the need is posted by them, edited by a moderator
        NeedDetails need = as(partners.teacher().email(), "MEMBER",
                () -> needs.create(draft("Group need " + tag, null, group.id())));
        Someone moderator = ProfileFixtures.person(accounts, people, "Mabli Moderator", Role.MODERATOR);
        Someone outsider = ProfileFixtures.person(accounts, people, "Owain Outsider");
        assertThat(as(outsider.email(), "MEMBER", () -> needs.require(need.id())).onBehalfOf().name())
                .isEqualTo("Needgroup open " + tag);
        assertThat(as(moderator.email(), "MODERATOR", () -> needs.require(need.id())).canEdit()).isTrue();
        assertThat(as(partners.teacher().email(), "MEMBER",
                () -> needs.close(need.id(), NeedOutcome.NO_MATCH, "Nobody free this term")).status())
                .isEqualTo(NeedStatus.CLOSED);
        // group members see the group's closed needs; outsiders do not
        assertThat(as(outsider.email(), "MEMBER", () -> needs.details(need.id()))).isEmpty();
        assertThat(as(moderator.email(), "MODERATOR", () -> needs.details(need.id()))).isPresent();
    }

    @Test
    void whenTheGroupTurnsPrivateItsNeedsLeaveTheBoardForOutsiders() {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Needturn " + tag);
        var draft = GroupFixtures.partnership("Needturn " + tag, GroupVisibility.PUBLIC, partners,
                partners.school().id());
        GroupDetails group = as(partners.teacher().email(), "MEMBER", () -> groups.create(draft));
        NeedDetails need = as(partners.teacher().email(), "MEMBER",
                () -> needs.create(draft("Turning need " + tag, null, group.id())));
        Someone outsider = ProfileFixtures.person(accounts, people, "Olwyn Outsider");
        assertThat(as(outsider.email(), "MEMBER", () -> needs.count(new NeedQuery(tag, null, null, 0, 10)))).isEqualTo(1);

        as(partners.teacher().email(), "MEMBER", () -> groups.update(group.id(), GroupFixtures.partnership(
                "Needturn " + tag, GroupVisibility.PRIVATE, partners, partners.school().id()), group.version()));
        // at once for the need itself (checked live), after the listener for the board
        assertThat(as(outsider.email(), "MEMBER", () -> needs.details(need.id()))).isEmpty();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(as(outsider.email(), "MEMBER", () -> needs.count(new NeedQuery(tag, null, null, 0, 10))))
                        .isZero());
        assertThat(as(partners.teacher().email(), "MEMBER", () -> needs.count(new NeedQuery(tag, null, null, 0, 10))))
                .isEqualTo(1);
    }
}
