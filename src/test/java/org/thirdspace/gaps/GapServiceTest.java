package org.thirdspace.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The gap board on the real database and case-study service: moderators post and filter gaps,
 * members answer with published case studies, duplicates and closed gaps are refused, private
 * groups' case studies never answer a gap, and moderators' actions are audited.
 */
@IntegrationTest
@RecordApplicationEvents
class GapServiceTest {

    @Autowired
    GapService gaps;
    @Autowired
    CaseStudyService caseStudies;
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
        StringBuilder sb = new StringBuilder("gq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private Someone someone(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    private GapDetails post(Someone moderator, GapDraft draft) {
        return as(moderator.email(), "MODERATOR", () -> gaps.create(draft));
    }

    @Test
    void moderatorsPostGapsAndTheBoardListsOpenOnesFirstWithFilters() {
        Someone mod = someone("Morwenna Gap", Role.MODERATOR);
        Someone member = someone("Piran Reader");
        String tag = token();
        GapDetails special = post(mod, GapDraft.of("Special schools " + tag, "We have no case studies of **special-school** partnerships in the North East.")
                .with(GapFacet.SECTOR, "special-school").with(GapFacet.REGION, "north-east"));
        GapDetails science = post(mod, GapDraft.of("Science outreach " + tag, "Primary science with universities.")
                .with(GapFacet.PHASE, "primary").with(GapFacet.REGION, "north-east", "london"));
        GapDetails closed = post(mod, GapDraft.of("Old question " + tag, "Nobody asks this any more."));
        as(mod.email(), "MODERATOR", () -> gaps.changeStatus(closed.id(), GapStatus.CLOSED, "out of date"));

        assertThat(special.status()).isEqualTo(GapStatus.OPEN);
        assertThat(special.descriptionHtml()).contains("<strong>special-school</strong>");
        assertThat(special.facets()).containsEntry(GapFacet.SECTOR, Set.of("special-school"));

        GapPage all = as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(tag, null, null, 0, 10)));
        assertThat(all.total()).isEqualTo(3);
        // open first (newest first among them), closed last
        assertThat(all.items()).extracting(GapSummary::id).containsExactly(science.id(), special.id(), closed.id());

        GapPage northEast = as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(tag, null,
                Map.of(GapFacet.REGION, Set.of("north-east")), 0, 10)));
        assertThat(northEast.items()).extracting(GapSummary::id).containsExactlyInAnyOrder(special.id(), science.id());
        GapPage specialNorthEast = as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(tag, null,
                Map.of(GapFacet.REGION, Set.of("north-east", "wales"), GapFacet.SECTOR, Set.of("special-school")), 0,
                10)));
        assertThat(specialNorthEast.items()).extracting(GapSummary::id).containsExactly(special.id());
        GapPage closedOnly = as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(tag, Set.of(GapStatus.CLOSED),
                null, 0, 10)));
        assertThat(closedOnly.items()).extracting(GapSummary::id).containsExactly(closed.id());
        // text in the description, paging
        assertThat(as(member.email(), "MEMBER", () -> gaps.list(new GapQuery("PRIMARY SCIENCE with", null, null, 0, 100)))
                .items()).extracting(GapSummary::id).contains(science.id()).doesNotContain(special.id());
        GapPage second = as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(tag, null, null, 1, 2)));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(GapSummary::id).containsExactly(closed.id());
        // a LIKE wildcard is just a character
        assertThat(as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(tag + "%", null, null, 0, 10))).total())
                .isZero();

        assertThat(events.stream(GapPosted.class).filter(e -> e.gapId() == special.id())).singleElement()
                .satisfies(e -> assertThat(e.facets()).containsKey(GapFacet.REGION));
        assertThat(events.stream(AuditableAction.class).filter(a -> a.target().id().equals(String.valueOf(closed.id())))
                .map(AuditableAction::action)).containsExactly("gap.create", "gap.status");
    }

    @Test
    void onlyModeratorsPostAndBadInputIsRefusedBeforeAnythingIsWritten() {
        Someone mod = someone("Jory Checker", Role.MODERATOR);
        Someone member = someone("Lowenna Member");
        String tag = token();
        assertThatThrownBy(() -> as(member.email(), "MEMBER",
                () -> gaps.create(GapDraft.of("Member gap " + tag, "Not allowed."))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> post(mod, GapDraft.of("Gap " + tag, "Bad facet.").with(GapFacet.REGION, "atlantis")))
                .isInstanceOfSatisfying(GapException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GapException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("region");
                });
        assertThatThrownBy(() -> post(mod, GapDraft.of("Gap " + tag, "Bad facet.").with(GapFacet.PHASE, "university-ish")))
                .isInstanceOfSatisfying(GapException.class, e -> assertThat(e.field()).isEqualTo("phase"));
        assertThatThrownBy(() -> post(mod, GapDraft.of("Gp", "Too short a title.")))
                .isInstanceOfSatisfying(GapException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> post(mod, GapDraft.of("Gap " + tag, "  ")))
                .isInstanceOfSatisfying(GapException.class, e -> assertThat(e.field()).isEqualTo("description"));
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(null, null,
                Map.of(GapFacet.SECTOR, Set.of("castle")), 0, 10))))
                .isInstanceOfSatisfying(GapException.class, e -> assertThat(e.field()).isEqualTo("sector"));
        assertThat(as(member.email(), "MEMBER", () -> gaps.list(new GapQuery(tag, null, null, 0, 10))).total()).isZero();
    }

    @Test
    void membersAnswerWithPublishedCaseStudiesOnceAndModeratorsRemoveUnsuitableAnswers() {
        Someone mod = someone("Kerensa Curator", Role.MODERATOR);
        Someone author = someone("Tamsin Writer");
        Someone reader = someone("Gerens Reader");
        String tag = token();
        CaseStudyDetails published = CaseStudyFixtures.published(caseStudies, author, mod,
                CaseStudyFixtures.draft("Answer study " + tag, tag));
        CaseStudyDetails draft = CaseStudyFixtures.create(caseStudies, author,
                CaseStudyFixtures.draft("Draft study " + tag, tag));
        GapDetails gap = post(mod, GapDraft.of("Needs evidence " + tag, "Anything about " + tag + "."));

        GapAnswerView answer = as(reader.email(), "MEMBER",
                () -> gaps.answer(gap.id(), published.id(), "  It shows exactly this.  "));
        assertThat(answer.caseStudyTitle()).isEqualTo("Answer study " + tag);
        assertThat(answer.note()).isEqualTo("It shows exactly this.");
        assertThat(events.stream(GapAnswered.class).filter(e -> e.gapId() == gap.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.caseStudyId()).isEqualTo(published.id());
                    assertThat(e.answeredByPersonId()).isEqualTo(reader.personId());
                    assertThat(e.gapCreatedByPersonId()).isEqualTo(mod.personId());
                });

        // the same case study twice: refused, by anyone
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> gaps.answer(gap.id(), published.id(), null)))
                .isInstanceOfSatisfying(GapException.class,
                        e -> assertThat(e.kind()).isEqualTo(GapException.Kind.CONFLICT));
        // a draft, even its own author's: refused
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> gaps.answer(gap.id(), draft.id(), null)))
                .isInstanceOfSatisfying(GapException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GapException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("gaps.error.not-published");
                });
        assertThatThrownBy(() -> as(reader.email(), "MEMBER", () -> gaps.answer(gap.id(), published.id(),
                "x".repeat(GapService.MAX_NOTE + 1))))
                .isInstanceOfSatisfying(GapException.class, e -> assertThat(e.field()).isEqualTo("note"));

        GapDetails shown = as(reader.email(), "MEMBER", () -> gaps.require(gap.id()));
        assertThat(shown.answers()).extracting(GapAnswerView::caseStudyId).containsExactly(published.id());
        assertThat(shown.canAnswer()).isTrue();
        assertThat(shown.canModerate()).isFalse();
        assertThat(as(reader.email(), "MEMBER", () -> gaps.list(new GapQuery(tag, null, null, 0, 5))).items())
                .singleElement().satisfies(s -> assertThat(s.answerCount()).isEqualTo(1));

        // members may not remove answers; moderators may, and it is audited
        assertThatThrownBy(() -> as(reader.email(), "MEMBER", () -> gaps.removeAnswer(gap.id(), answer.id(), "mine")))
                .isInstanceOf(AccessDeniedException.class);
        GapDetails after = as(mod.email(), "MODERATOR", () -> gaps.removeAnswer(gap.id(), answer.id(), "Off topic"));
        assertThat(after.answers()).isEmpty();
        assertThat(events.stream(AuditableAction.class)
                .filter(a -> a.action().equals("gap.answer.remove") && a.target().id().equals(String.valueOf(gap.id()))))
                .singleElement().satisfies(a -> {
                    assertThat(a.summary()).isEqualTo("Off topic");
                    assertThat(a.before()).contains("case-study:" + published.id());
                });

        // closed gaps take no answers
        as(mod.email(), "MODERATOR", () -> gaps.changeStatus(gap.id(), GapStatus.CLOSED, null));
        assertThatThrownBy(() -> as(reader.email(), "MEMBER", () -> gaps.answer(gap.id(), published.id(), null)))
                .isInstanceOfSatisfying(GapException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GapException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("gaps.error.closed");
                });
        assertThat(as(reader.email(), "MEMBER", () -> gaps.require(gap.id())).canAnswer()).isFalse();
    }

    @Test
    void privateGroupCaseStudiesCannotAnswerAGapAndTheCandidatesAreTheReadersPublishedOnes() {
        String tag = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Gapfield " + tag);
        var privateGroup = as(partners.teacher().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Gapfield private " + tag, GroupVisibility.PRIVATE, partners, partners.school().id())));
        Someone mod = someone("Demelza Moderator", Role.MODERATOR);
        CaseStudyDraft base = CaseStudyFixtures.draft("Private study " + tag, tag);
        CaseStudyDraft inGroup = new CaseStudyDraft(base.title(), base.summary(), base.fields(), null, null, null,
                null, null, null, null, null, privateGroup.id(), null, null, null, null, null);
        CaseStudyDetails secret = CaseStudyFixtures.published(caseStudies, partners.teacher(), mod, inGroup);
        CaseStudyDetails open = CaseStudyFixtures.published(caseStudies, partners.tutor(), mod,
                CaseStudyFixtures.draft("Open study " + tag, tag));
        Someone outsider = someone("Jowan Outsider");
        GapDetails gap = post(mod, GapDraft.of("Private test " + tag, "Evidence about " + tag + "."));

        // a member of the private group can read it, but it may not answer a board everyone reads
        assertThatThrownBy(() -> as(partners.teacher().email(), "MEMBER",
                () -> gaps.answer(gap.id(), secret.id(), null)))
                .isInstanceOfSatisfying(GapException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GapException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("gaps.error.private-case-study");
                });
        // someone outside the group is told nothing more than "not a published case study you can read"
        assertThatThrownBy(() -> as(outsider.email(), "MEMBER", () -> gaps.answer(gap.id(), secret.id(), null)))
                .isInstanceOfSatisfying(GapException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gaps.error.not-published"));
        as(partners.teacher().email(), "MEMBER", () -> gaps.answer(gap.id(), open.id(), null));
        assertThat(as(outsider.email(), "MEMBER", () -> gaps.require(gap.id())).answers())
                .extracting(GapAnswerView::caseStudyTitle).containsExactly("Open study " + tag);

        // the picker searches the published case studies the reader may see (Elasticsearch)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(as(outsider.email(), "MEMBER", () -> gaps.candidates(tag, 0, 10)))
                        .extracting(CaseStudyChoice::id).containsExactly(open.id()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(as(partners.teacher().email(), "MEMBER", () -> gaps.candidates(tag, 0, 10)))
                        .extracting(CaseStudyChoice::id).containsExactlyInAnyOrder(open.id(), secret.id()));
    }
}
