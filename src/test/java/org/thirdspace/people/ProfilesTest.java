package org.thirdspace.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.people.ProfileFixtures.institution;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.people.ProfileFixtures.update;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.institutions.InstitutionChanged;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionsMerged;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class ProfilesTest {

    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    @Test
    void hiddenProfilesAreOnlyForOwnersModeratorsAndAdmins() {
        var owner = person(accounts, people, "Hana Hidden");
        var other = person(accounts, people, "Otto Other");
        as(owner.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.HIDDEN, false, true)));

        assertThat(as(owner.email(), "MEMBER", () -> people.profile(owner.personId()))).isPresent();
        assertThat(as(other.email(), "MEMBER", () -> people.profile(owner.personId()))).isEmpty();
        assertThat(as("mod@profiles.example", "MODERATOR", () -> people.profile(owner.personId()))).isPresent();
        assertThat(as("adm@profiles.example", "ADMIN", () -> people.profile(owner.personId()))).isPresent();
        assertThat(people.profileForIndex(owner.personId())).get()
                .satisfies(p -> assertThat(p.visibility()).isEqualTo(Visibility.HIDDEN));
    }

    @Test
    void membersOnlyProfilesNeedALoginAndPublicOnesDoNot() {
        var member = person(accounts, people, "Mia Members");
        var open = person(accounts, people, "Paul Public");
        as(member.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.MEMBERS, false, true)));
        as(open.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.PUBLIC, false, true)));

        assertThat(people.profile(member.personId())).isEmpty();
        assertThat(people.profile(open.personId())).isPresent();
        assertThat(as(open.email(), "MEMBER", () -> people.profile(member.personId()))).isPresent();
    }

    @Test
    void theEmailShowsOnlyWhenAllowed() {
        var shy = person(accounts, people, "Sue Shy");
        var chatty = person(accounts, people, "Chad Chatty");
        as(shy.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.MEMBERS, false, true)));
        as(chatty.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.MEMBERS, true, true)));

        assertThat(as(chatty.email(), "MEMBER", () -> people.profile(shy.personId())).orElseThrow().email()).isNull();
        assertThat(as(shy.email(), "MEMBER", () -> people.profile(shy.personId())).orElseThrow().email())
                .isEqualTo(shy.email());
        assertThat(as("adm@profiles.example", "ADMIN", () -> people.profile(shy.personId())).orElseThrow().email())
                .isEqualTo(shy.email());
        assertThat(as(shy.email(), "MEMBER", () -> people.profile(chatty.personId())).orElseThrow().email())
                .isEqualTo(chatty.email());
    }

    @Test
    void bioMarkdownIsRenderedAndSanitised() {
        var renderer = new MarkdownRenderer();
        String html = renderer.toHtml("""
                # About me
                I run **CPD** for [our trust](https://example.org) and <script>alert(1)</script>.

                [click](javascript:alert(1)) <img src=x onerror=alert(2)> <a href="#" onclick="steal()">x</a>
                """);
        assertThat(html).contains("<h2>About me</h2>", "<strong>CPD</strong>", "href=\"https://example.org\"")
                .contains("nofollow", "noopener", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:", "onerror=", "onclick=", "<img", "<a href=\"#\"");

        var someone = person(accounts, people, "Bea Bio");
        var mine = as(someone.email(), "MEMBER", () -> people.updateMyProfile(new ProfileUpdate(null, null,
                "Hello <b onmouseover=x()>world</b> [x](javascript:void(0))", null, null, null, null, null, null, null,
                null, null, null)));
        assertThat(mine.bioHtml()).startsWith("<p>Hello").doesNotContain("<b ", "<b>", "onmouseover=", "javascript:");
    }

    @Test
    void unknownOrRetiredCodesAreRefusedWithTheField() {
        var someone = person(accounts, people, "Val Validated");
        var bad = new ProfileUpdate(null, null, null, Set.of("wizard"), null, null, null, null, null, null, null, null,
                null);
        assertThatThrownBy(() -> as(someone.email(), "MEMBER", () -> people.updateMyProfile(bad)))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.args()).containsExactly("wizard");
                });
        var retired = new ProfileUpdate(null, null, null, null, null, Set.of("science"), Set.of("retired-role"), null,
                null, null, null, null, null);
        assertThatThrownBy(() -> as(someone.email(), "MEMBER", () -> people.updateMyProfile(retired)))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.field()).isEqualTo("phases"));
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesAProfile() {
        var owner = person(accounts, people, "Olga Owner");
        var other = person(accounts, people, "Ivan Intruder");
        assertThatThrownBy(() -> as(other.email(), "MEMBER",
                () -> people.updateProfile(owner.personId(), update(Visibility.PUBLIC, true, true))))
                .isInstanceOf(AccessDeniedException.class);
        var changed = as("adm@profiles.example", "ADMIN",
                () -> people.updateProfile(owner.personId(), update(Visibility.PUBLIC, true, true)));
        assertThat(changed.roles()).containsExactly("link-tutor");
        assertThat(changed.languages()).containsExactly("English", "Welsh");
        assertThat(events.stream(ProfileChanged.class)).contains(new ProfileChanged(owner.personId()));
    }

    @Test
    void endingAnAffiliationKeepsItAsFormerAndPublishesEvents() {
        var mover = person(accounts, people, "Moe Mover");
        var school = institution(institutions, "Brook Primary School", Sector.PRIMARY_SCHOOL);
        var added = as(mover.email(), "MEMBER", () -> people.addAffiliation(mover.personId(),
                ProfileFixtures.since(school.id(), "Mentor", LocalDate.of(2020, 9, 1))));
        events.clear();

        var ended = as(mover.email(), "MEMBER",
                () -> people.endAffiliation(mover.personId(), added.id(), LocalDate.of(2024, 7, 31)));

        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(events.stream(AffiliationEnded.class)).containsExactly(
                new AffiliationEnded(mover.personId(), added.id(), school.id(), LocalDate.of(2024, 7, 31)));
        assertThat(events.stream(ProfileChanged.class)).contains(new ProfileChanged(mover.personId()));
        var profile = as(mover.email(), "MEMBER", () -> people.myProfile()).orElseThrow();
        assertThat(profile.former()).extracting(AffiliationSummary::institutionName).containsExactly(school.name());
        assertThat(profile.lastActiveAt()).isNotNull();

        var stranger = person(accounts, people, "Sam Stranger");
        assertThatThrownBy(() -> as(stranger.email(), "MEMBER",
                () -> people.endAffiliation(mover.personId(), added.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void boundarySpannersWorkOnBothSidesRecentlyOrAreBrokers() {
        var school = institution(institutions, "Heath Academy", Sector.SECONDARY_SCHOOL);
        var university = institution(institutions, "University of Lune", Sector.UNIVERSITY);
        var charity = institution(institutions, "Science Outreach Trust", Sector.CHARITY);
        LocalDate today = LocalDate.now();

        var both = person(accounts, people, "Bo Both");
        var longAgo = person(accounts, people, "Lou Longago");
        var recent = person(accounts, people, "Rita Recent");
        var broker = person(accounts, people, "Bruno Broker", Role.BROKER);
        var oneSide = person(accounts, people, "Otis Oneside");
        as("adm@profiles.example", "ADMIN", () -> {
            people.addAffiliation(both.personId(), ProfileFixtures.since(school.id(), "Teacher", today.minusYears(3)));
            people.addAffiliation(both.personId(), ProfileFixtures.since(university.id(), "Link tutor",
                    today.minusYears(1)));
            people.addAffiliation(longAgo.personId(), new NewAffiliation(school.id(), "Teacher", today.minusYears(9),
                    today.minusYears(3)));
            people.addAffiliation(longAgo.personId(), ProfileFixtures.since(university.id(), "Lecturer",
                    today.minusYears(3)));
            people.addAffiliation(recent.personId(), new NewAffiliation(university.id(), "Lecturer",
                    today.minusYears(6), today.minusYears(1)));
            people.addAffiliation(recent.personId(), ProfileFixtures.since(school.id(), "Head of science",
                    today.minusYears(1)));
            people.addAffiliation(oneSide.personId(), ProfileFixtures.since(school.id(), "Teacher",
                    today.minusYears(2)));
            people.addAffiliation(oneSide.personId(), ProfileFixtures.since(charity.id(), "Trustee",
                    today.minusYears(2)));
        });

        assertThat(people.profileForIndex(both.personId()).orElseThrow().boundarySpanner()).isTrue();
        assertThat(people.profileForIndex(longAgo.personId()).orElseThrow().boundarySpanner()).isFalse();
        assertThat(people.profileForIndex(recent.personId()).orElseThrow().boundarySpanner()).isTrue();
        assertThat(people.profileForIndex(oneSide.personId()).orElseThrow().boundarySpanner()).isFalse();
        var brokerProfile = people.profileForIndex(broker.personId()).orElseThrow();
        assertThat(brokerProfile.broker()).isTrue();
        assertThat(brokerProfile.boundarySpanner()).isTrue();
    }

    @Test
    void mergingInstitutionsMovesAffiliationsAndInstitutionChangesReindexPeople() {
        var survivor = institution(institutions, "Meadow Primary School", Sector.PRIMARY_SCHOOL);
        var duplicate = institution(institutions, "Meadow Primary Sch.", Sector.PRIMARY_SCHOOL);
        var someone = person(accounts, people, "Dee Duplicate");
        as("adm@profiles.example", "ADMIN", () -> people.addAffiliation(someone.personId(),
                ProfileFixtures.since(duplicate.id(), "Mentor", LocalDate.of(2022, 1, 1))));
        assertThat(people.personIdsAffiliatedWith(duplicate.id())).containsExactly(someone.personId());
        events.clear();

        tx.executeWithoutResult(s -> publisher.publishEvent(new InstitutionsMerged(survivor.id(), duplicate.id())));

        assertThat(people.personIdsAffiliatedWith(duplicate.id())).isEmpty();
        assertThat(people.personIdsAffiliatedWith(survivor.id())).containsExactly(someone.personId());
        assertThat(people.profileForIndex(someone.personId()).orElseThrow().affiliations())
                .extracting(AffiliationSummary::institutionName).containsExactly(survivor.name());
        assertThat(events.stream(ProfileChanged.class)).contains(new ProfileChanged(someone.personId()));

        events.clear();
        tx.executeWithoutResult(s -> publisher.publishEvent(new InstitutionChanged(survivor.id())));
        assertThat(events.stream(ProfileChanged.class)).containsExactly(new ProfileChanged(someone.personId()));
    }

    @Test
    void idsArePagedForReindexing() {
        person(accounts, people, "Pat Paged");
        long count = people.count();
        List<Long> first = people.personIds(0, 2);
        List<Long> all = people.personIds(0, (int) count);
        assertThat(first).hasSize(2).isEqualTo(all.subList(0, 2));
        assertThat(all).hasSize((int) count).isSorted();
        assertThat(people.personIds(1, 1)).containsExactly(all.get(1));
    }
}
