package org.thirdspace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.introductions.Introduction;
import org.thirdspace.introductions.IntroductionRequested;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.introductions.NeedIntroduction;
import org.thirdspace.matching.MatchingFixtures.P;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedOutcome;
import org.thirdspace.needs.NeedService;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.ProfileUpdate;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.RuleViolation;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * Connections on the real database and index: people in the requesting school's partner groups
 * and its own staff go to the separate "already partnered" list; someone sharing a group with the
 * author and a co-author of a related case study are boosted with true reasons; a private group
 * the broker cannot see shapes nothing; a hidden profile appears in neither list. Then a broker
 * sends an introduction, which the candidate answers, and who may do what.
 */
@IntegrationTest
@RecordApplicationEvents
class MatchPartnersTest {

    @Autowired
    MatchingService matching;
    @Autowired
    NeedService needs;
    @Autowired
    GroupService groups;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudySearch caseStudySearch;
    @Autowired
    IntroductionService introductions;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ApplicationEvents events;

    private Someone at(String name, InstitutionSummary institution, Role... roles) {
        Someone someone = ProfileFixtures.person(accounts, people, name, roles);
        if (institution != null) {
            as(someone.email(), "MEMBER", () -> people.addAffiliation(someone.personId(),
                    ProfileFixtures.since(institution.id(), "Teacher", LocalDate.of(2020, 9, 1))));
        }
        return someone;
    }

    private void profile(Someone s, String headline, String topic) {
        as(s.email(), "MEMBER", () -> people.updateMyProfile(new ProfileUpdate(null, headline, "Happy to help.",
                Set.of("mentor"), Set.of("pupil-mentoring"), Set.of("chemistry"), Set.of("post-16"), List.of(topic),
                List.of(), List.of("English"), new Availability(true, 2, Availability.Mode.BOTH),
                ContactPreferences.defaults(), Visibility.MEMBERS)));
        peopleIndex.reindex(s.personId());
    }

    private GroupDetails group(Someone creator, String name, GroupVisibility visibility, List<Long> owners,
            Long onBehalfOf) {
        return as(creator.email(), "MEMBER", () -> groups.create(new GroupDraft(GroupKind.PARTNERSHIP, name,
                "We work together.", null, visibility, JoinPolicy.REQUEST, null, owners, Set.of(), Set.of(),
                Set.of("south-west"), null, onBehalfOf)));
    }

    @Test
    void partnersApartConnectionsBoostedPrivateAndHiddenNeverAndABrokerIntroduces() throws Exception {
        String tok = MatchingFixtures.token();
        InstitutionSummary school = MatchingFixtures.institution(institutions, "Wymondham School", Sector.SECONDARY_SCHOOL,
                52.5700, 1.1160);
        InstitutionSummary university = MatchingFixtures.institution(institutions, "Norwich University",
                Sector.UNIVERSITY, 52.6220, 1.2410);
        InstitutionSummary x = MatchingFixtures.institution(institutions, "Broads Trust", Sector.TEACHING_SCHOOL_TRUST,
                52.6300, 1.5500);
        InstitutionSummary y = MatchingFixtures.institution(institutions, "Cromer College", Sector.COLLEGE, 52.9310,
                1.3010);
        Someone author = at("Tamsin Author", school);
        Someone broker = at("Kerensa Broker", null, Role.BROKER);
        Someone moderator = at("Jory Moderator", null, Role.MODERATOR);
        Someone tutor = at("Piran Tutor", university);
        Someone colleague = at("Demelza Colleague", school);
        Someone sharer = at("Lowen Sharer", x);
        Someone writer = at("Elowen Writer", y);
        Someone secret = at("Jago Secret", university);
        Someone outsider = at("Nessa Outsider", x);

        // partner group of the school (owned by it), a group the author shares with Lowen in a
        // personal capacity, and a private partnership of the school that the broker cannot see
        GroupDetails partnership = group(tutor, "Wensum chemistry partnership " + tok, GroupVisibility.PUBLIC,
                List.of(school.id(), university.id()), university.id());
        GroupDetails shared = group(sharer, "Norfolk science network " + tok, GroupVisibility.PUBLIC,
                List.of(x.id(), y.id()), null);
        var join = as(author.email(), "MEMBER", () -> groups.requestToJoin(shared.id(), "May I join?", null));
        as(sharer.email(), "MEMBER", () -> groups.approve(join.id()));
        GroupDetails hiddenGroup = group(secret, "Quiet partnership " + tok, GroupVisibility.PRIVATE,
                List.of(school.id(), university.id()), university.id());

        // a published case study on pupil mentoring written by Elowen
        CaseStudyDraft draft = new CaseStudyDraft("Sixth formers mentored by chemists " + tok,
                "How a " + tok + " mentoring scheme began.", Map.of(CaseStudyField.PROBLEM, "Few pupils met chemists."),
                null, Set.of("pupil-mentoring"), null, null, null, null, null, null, null, null, null, null, null, null);
        CaseStudyDetails created = as(writer.email(), "MEMBER", () -> caseStudies.create(draft));
        as(writer.email(), "MEMBER", () -> caseStudies.submit(created.id(), created.headRevision()));
        as(moderator.email(), "MODERATOR", () -> caseStudies.review(created.id(), created.headRevision(),
                ReviewDecision.APPROVED, "Clear."));
        for (int i = 0; i < 100 && as(broker.email(), "BROKER", () -> caseStudySearch.search(
                CaseStudySearchQuery.text(tok))).total() == 0; i++) {
            Thread.sleep(100);
        }

        for (Someone s : List.of(tutor, colleague, sharer, writer, secret, outsider)) {
            profile(s, "Chemistry mentor", tok + " chemistry");
        }
        P hidden = new P("Hidden Colleague").headline("Chemistry mentor").roles("mentor").subjects("chemistry")
                .activities("pupil-mentoring").topics(tok).open(4).at(school).visibility(Visibility.HIDDEN);
        peopleIndex.index(hidden.build());
        peopleIndex.refresh();

        NeedDetails need = as(author.email(), "MEMBER", () -> needs.create(MatchingFixtures.need(
                "Chemistry mentors for " + tok, "Sixth formers in the " + tok + " club would like chemistry mentors.",
                "Year 12", school.id(), null, Map.of(NeedFacet.ACTIVITY, Set.of("pupil-mentoring"),
                        NeedFacet.SUBJECT, Set.of("chemistry"), NeedFacet.REGION, Set.of("south-west")), false, 1)));
        NeedMatches result = as(broker.email(), "BROKER", () -> matching.matches(need.id(), null, 20));

        List<Long> ranked = result.candidates().stream().map(MatchCandidate::personId).toList();
        List<Long> partnered = result.alreadyPartnered().stream().map(MatchCandidate::personId).toList();
        assertThat(partnered).contains(tutor.personId(), colleague.personId())
                .doesNotContain(hidden.id, sharer.personId(), secret.personId(), author.personId());
        assertThat(ranked).contains(sharer.personId(), writer.personId(), secret.personId(), outsider.personId())
                .doesNotContain(tutor.personId(), colleague.personId(), hidden.id, author.personId());
        // the same profile, but connected: Lowen and Elowen rank above Nessa
        assertThat(ranked.indexOf(sharer.personId())).isLessThan(ranked.indexOf(outsider.personId()));
        assertThat(ranked.indexOf(writer.personId())).isLessThan(ranked.indexOf(outsider.personId()));

        assertThat(reasons(result.alreadyPartnered(), tutor.personId()))
                .contains("Already in the partner group " + partnership.name());
        assertThat(reasons(result.alreadyPartnered(), colleague.personId())).contains("Works at " + school.name());
        assertThat(reasons(result.alreadyPartnered(), tutor.personId())).doesNotContain("Works at " + school.name());
        assertThat(reasons(result.candidates(), sharer.personId()))
                .contains("In the group " + shared.name() + " with Tamsin Author");
        assertThat(reasons(result.candidates(), writer.personId()))
                .contains("Co-authored 1 related case study: " + draft.title());
        assertThat(reasons(result.candidates(), outsider.personId()))
                .noneMatch(r -> r.startsWith("In the group") || r.startsWith("Co-authored"));
        assertThat(result.candidates()).flatMap(MatchCandidate::reasons).extracting(MatchReason::text)
                .noneMatch(t -> t.contains(hiddenGroup.name()));
        assertThat(result.alreadyPartnered()).flatMap(MatchCandidate::reasons).extracting(MatchReason::text)
                .noneMatch(t -> t.contains(hiddenGroup.name()));
        assertThat(result.caseStudies()).extracting(NeedMatches.RelatedCaseStudy::id).contains(created.id());

        // who may see matches: brokers, moderators and the author; not other members
        assertThat(as(author.email(), "MEMBER", () -> matching.matches(need.id(), null, 5)).needId())
                .isEqualTo(need.id());
        assertThat(as(moderator.email(), "MODERATOR", () -> matching.matches(need.id(), null, 5)).needId())
                .isEqualTo(need.id());
        assertThatThrownBy(() -> as(outsider.email(), "MEMBER", () -> matching.matches(need.id(), null, 5)))
                .isInstanceOfSatisfying(MatchingException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
        assertThatThrownBy(() -> as(broker.email(), "BROKER", () -> matching.matches(need.id(),
                matching.defaultWeights().with("distance", 10.5), 5)))
                .isInstanceOfSatisfying(MatchingException.class, e -> assertThat(e.field()).isEqualTo("distance"));

        // a broker introduces the author to Lowen: a request from the author, linked to the need
        events.clear();
        assertThat(need.lastResponseAt()).isNull();
        NeedIntroduction sent = as(broker.email(), "BROKER", () -> matching.sendIntroduction(need.id(),
                sharer.personId(), "Lowen, meet Tamsin: her sixth formers need chemistry mentors."));
        assertThat(sent.requesterId()).isEqualTo(author.personId());
        assertThat(sent.recipientId()).isEqualTo(sharer.personId());
        assertThat(sent.brokerId()).isEqualTo(broker.personId());
        assertThat(sent.needId()).isEqualTo(need.id());
        assertThat(sent.status()).isEqualTo(Introduction.Status.OPEN);
        assertThat(events.stream(IntroductionRequested.class).filter(e -> e.introductionId() == sent.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.requesterId()).isEqualTo(author.personId());
                    assertThat(e.recipientId()).isEqualTo(sharer.personId());
                });
        assertThat(as(author.email(), "MEMBER", () -> needs.require(need.id())).lastResponseAt()).isNotNull();
        assertThatThrownBy(() -> as(broker.email(), "BROKER", () -> matching.sendIntroduction(need.id(),
                sharer.personId(), "Again")))
                .isInstanceOfSatisfying(MatchingException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("matching.error.duplicate");
                });
        assertThatThrownBy(() -> as(broker.email(), "BROKER", () -> matching.sendIntroduction(need.id(),
                author.personId(), "Meet yourself")))
                .isInstanceOfSatisfying(MatchingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("matching.error.self"));
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> matching.sendIntroduction(need.id(),
                writer.personId(), "Hello")))
                .isInstanceOfSatisfying(MatchingException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));

        // Lowen sees it among their introductions and accepts; the need page shows the answer
        List<Introduction> lowens = as(sharer.email(), "MEMBER", () -> introductions.mine());
        assertThat(lowens).extracting(Introduction::id).contains(sent.id());
        as(sharer.email(), "MEMBER", () -> introductions.accept(sent.id()));
        assertThat(as(author.email(), "MEMBER", () -> matching.introductions(need.id())))
                .singleElement().satisfies(i -> {
                    assertThat(i.status()).isEqualTo(Introduction.Status.ACCEPTED);
                    assertThat(i.brokerName()).isEqualTo("Kerensa Broker");
                    assertThat(i.recipientName()).isEqualTo("Lowen Sharer");
                });
        assertThatThrownBy(() -> as(outsider.email(), "MEMBER", () -> matching.introductions(need.id())))
                .isInstanceOf(MatchingException.class);

        // a closed need takes no more introductions
        as(author.email(), "MEMBER", () -> needs.close(need.id(), NeedOutcome.values()[0], null));
        assertThatThrownBy(() -> as(broker.email(), "BROKER", () -> matching.sendIntroduction(need.id(),
                writer.personId(), "Hello")))
                .isInstanceOfSatisfying(MatchingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("matching.error.closed"));
    }

    private static List<String> reasons(List<MatchCandidate> list, long personId) {
        return list.stream().filter(c -> c.personId() == personId).findFirst().orElseThrow()
                .reasons().stream().map(MatchReason::text).toList();
    }
}
