package org.thirdspace.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.introductions.Introduction;
import org.thirdspace.matching.MatchingFixtures;
import org.thirdspace.matching.MatchingService;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedService;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.ProfileUpdate;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The need page's "Suggested people" without a browser: a broker sees ranked candidates with
 * reasons, gets a clear error for a bad weight, re-ranks, and sends an introduction through the
 * dialog with its prefilled message; the introduction is then listed on the page.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class MatchesSectionTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Lantern-Harbour-Quilt-7";

    @Autowired
    NeedService needs;
    @Autowired
    MatchingService matching;
    @Autowired
    PeopleService people;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    @Test
    @WithMockUser(username = "broker@match-ui.test", roles = {"MEMBER", "BROKER"})
    void aBrokerSeesSuggestionsTunesTheWeightsAndSendsAnIntroduction() {
        testAccounts.verified("broker@match-ui.test", "Senara Broker", PASSWORD);
        String tok = MatchingFixtures.token();
        InstitutionSummary school = MatchingFixtures.institution(institutions, "Truro School", Sector.SECONDARY_SCHOOL,
                50.2630, -5.0510);
        InstitutionSummary lab = MatchingFixtures.institution(institutions, "Penryn Lab", Sector.UNIVERSITY,
                50.1690, -5.1070);
        Someone author = ProfileFixtures.person(accounts, people, "Kitto Author");
        as(author.email(), "MEMBER", () -> people.addAffiliation(author.personId(),
                ProfileFixtures.since(school.id(), "Teacher", LocalDate.of(2020, 9, 1))));
        Someone candidate = ProfileFixtures.person(accounts, people, "Morvah Candidate");
        as(candidate.email(), "MEMBER", () -> {
            people.addAffiliation(candidate.personId(), ProfileFixtures.since(lab.id(), "Lecturer",
                    LocalDate.of(2018, 9, 1)));
            people.updateMyProfile(new ProfileUpdate(null, "Marine biology researcher", "I run rock-pool days.",
                    Set.of("researcher"), Set.of("subject-enrichment"), Set.of("biology"), Set.of("primary"),
                    List.of(tok + " rock pools"), List.of(), List.of("English"),
                    new Availability(true, 3, Availability.Mode.BOTH), ContactPreferences.defaults(),
                    Visibility.MEMBERS));
        });
        peopleIndex.reindex(candidate.personId());
        peopleIndex.refresh();
        NeedDetails need = as(author.email(), "MEMBER", () -> needs.create(MatchingFixtures.need(
                "Rock pool day " + tok, "Our pupils would love a " + tok + " rock pools day with a biologist.",
                "Year 5", school.id(), null, Map.of(NeedFacet.ACTIVITY, Set.of("subject-enrichment"),
                        NeedFacet.SUBJECT, Set.of("biology"), NeedFacet.REGION, Set.of("south-west")), false, 1)));

        UI.getCurrent().navigate("needs/" + need.id());
        assertThat($(Section.class).withId("need-matches").exists()).isTrue();
        ListItem item = $(ListItem.class).withId("match-" + candidate.personId()).single();
        // reasons from the codes (the reasons themselves are checked in MatchRelevanceTest)
        assertThat(item.getElement().getTextRecursively()).contains("Morvah Candidate", "Researcher in Biology",
                "Involved in Subject enrichment", "km away");

        String before = item.getElement().getTextRecursively();
        NumberField distance = $(NumberField.class).withId("match-weight-distance").single();
        distance.setValue(11.0); // typed past the maximum (the tester refuses to type it)
        test($(Button.class).withId("match-weights-apply").single()).click();
        assertThat(distance.isInvalid()).isTrue();
        assertThat(distance.getErrorMessage()).contains("from 0 to 10");
        test(distance).setValue(0.0);
        test($(NumberField.class).withId("match-weight-text").single()).setValue(4.0);
        test($(Button.class).withId("match-weights-apply").single()).click();
        assertThat(distance.isInvalid()).isFalse();
        // re-ranked with the new weights: a different score, the same true reasons (the distance is still a fact)
        String after = $(ListItem.class).withId("match-" + candidate.personId()).single().getElement()
                .getTextRecursively();
        assertThat(after).isNotEqualTo(before).contains("km away", "Researcher in Biology");
        assertThat(after.replaceAll("Score [0-9.]+", "")).isEqualTo(before.replaceAll("Score [0-9.]+", ""));

        test($(Button.class).withId("send-introduction-" + candidate.personId()).single()).click();
        TextArea message = $(TextArea.class).withId("introduction-message").single();
        assertThat(message.getValue()).contains("Morvah Candidate", "Senara Broker", "Kitto Author",
                "Rock pool day " + tok);
        test(message).setValue("");
        test($(Button.class).withId("introduction-send").single()).click();
        assertThat(message.isInvalid()).isTrue();
        test(message).setValue("Morvah, Kitto's Year 5 would love a rock pools day. Could you help?");
        test($(Button.class).withId("introduction-send").single()).click();

        var introductions = matching.introductions(need.id());
        assertThat(introductions).singleElement().satisfies(i -> {
            assertThat(i.recipientId()).isEqualTo(candidate.personId());
            assertThat(i.requesterId()).isEqualTo(author.personId());
            assertThat(i.status()).isEqualTo(Introduction.Status.OPEN);
        });
        ListItem listed = $(ListItem.class).withId("need-introduction-" + introductions.getFirst().id()).single();
        assertThat(listed.getElement().getTextRecursively()).contains("Kitto Author", "Morvah Candidate",
                "Senara Broker", "waiting for an answer");
        assertThat(needs.require(need.id()).lastResponseAt()).isNotNull();
    }
}
