package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.ProfileChanged;
import org.thirdspace.people.ProfileUpdate;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

/**
 * Issue 9 in Chromium: a school member posts a need through the form; a broker opens the
 * unanswered-needs queue, claims it, sees ranked candidates with their reasons and sends one an
 * introduction, which the candidate then finds among their introductions.
 */
class NeedBrokerJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    IntroductionService introductions;
    @Autowired
    EventPublicationRegistry publications;

    private InstitutionSummary institution(String name, Sector sector, double lat, double lon) {
        return as("fixtures@need-journey.example", "ADMIN", () -> institutions.register(new NewInstitution(name, sector,
                Region.SOUTH_WEST, "Falmouth", null, new GeoPoint(lat, lon), null, null)));
    }

    @Test
    void aMemberPostsANeedAndABrokerClaimsItAndSendsAnIntroduction() {
        String tag = Long.toString(System.nanoTime(), 36);
        InstitutionSummary school = institution("Penwerris Primary " + tag, Sector.PRIMARY_SCHOOL, 50.1560, -5.0750);
        InstitutionSummary university = institution("Tremough Campus " + tag, Sector.UNIVERSITY, 50.1700, -5.1200);
        Someone teacher = ProfileFixtures.person(accounts, people, "Lowena Teacher");
        as(teacher.email(), "MEMBER", () -> people.addAffiliation(teacher.personId(),
                ProfileFixtures.since(school.id(), "Year 5 teacher", LocalDate.of(2019, 9, 1))));
        Someone broker = ProfileFixtures.person(accounts, people, "Jowan Broker", Role.BROKER);
        Someone candidate = ProfileFixtures.person(accounts, people, "Elowen Marine");
        as(candidate.email(), "MEMBER", () -> {
            people.addAffiliation(candidate.personId(), ProfileFixtures.since(university.id(), "Lecturer in marine biology",
                    LocalDate.of(2017, 9, 1)));
            people.updateMyProfile(new ProfileUpdate(null, "Marine biologist", "I take classes rock-pooling.",
                    Set.of("researcher"), Set.of("subject-enrichment"), Set.of("biology"), Set.of("primary"),
                    List.of("rock pools " + tag), List.of(), List.of("English"),
                    new Availability(true, 2, Availability.Mode.BOTH), ContactPreferences.defaults(),
                    Visibility.MEMBERS));
        });
        // the indexing listeners of the fixtures' own changes finish first, so none of them can write
        // an older state over the synchronous reindex below (see the note on issue 9)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> publications
                .findIncompletePublications().stream()
                .noneMatch(p -> p.getEvent() instanceof ProfileChanged c && c.personId() == candidate.personId()));
        peopleIndex.reindex(candidate.personId());
        peopleIndex.refresh();

        // 1. the teacher posts the need through the form
        login(teacher.email());
        page.navigate(url("needs/new"));
        settle();
        String title = "Rock pool day " + tag;
        page.locator("#need-form-title input").fill(title);
        page.locator("#need-form-description textarea").fill("Our Year 5 would love a day on the shore with a "
                + "marine biologist: rock pools " + tag + ".");
        page.locator("#need-form-for-whom input").fill("Year 5, 28 pupils");
        page.locator("#need-form-behalf input").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(school.name())).click();
        choose("#need-form-activity", "Subject enrichment");
        choose("#need-form-subject", "Biology");
        choose("#need-form-region", "South West");
        page.locator("#need-form-capacity input").fill("1");
        page.locator("#need-form-save").click();
        settle();
        page.waitForURL(Pattern.compile(".*/needs/[0-9]+$"));
        Matcher m = Pattern.compile("needs/([0-9]+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        long needId = Long.parseLong(m.group(1));
        assertThat(page.locator("#need-heading")).hasText(title);
        logout();

        // 2. the broker opens the queue and claims it there
        login(broker.email());
        page.navigate(url("needs/queue"));
        settle();
        assertThat(page.locator("h1")).hasText("Unanswered needs");
        // longest waiting first: the new need is the last row (other tests' needs wait longer)
        page.locator("#need-queue").evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        settle();
        Locator row = page.locator("#queue-need-" + needId);
        assertThat(row).hasText(title);
        Locator claim = page.locator("#queue-claim-" + needId);
        claim.focus();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/needs/" + needId + "$"));
        settle();
        assertThat(page.locator("#need-claimed-by")).containsText("Jowan Broker");

        // 3. ranked candidates with reasons that are true of them
        Locator match = page.locator("#match-" + candidate.personId());
        assertThat(match).containsText("Elowen Marine");
        Locator reasons = match.locator(".match-reasons li");
        assertThat(reasons.first()).isVisible();
        assertThat(match.locator(".match-reasons")).containsText("Biology");
        assertThat(match.locator(".match-reasons")).containsText("Subject enrichment");
        assertThat(match.locator(".match-reasons")).containsText("km away");
        assertThat(match.locator(".match-reasons")).containsText("capacity 2");

        // 4. sends an introduction from the dialog
        page.locator("#send-introduction-" + candidate.personId()).click();
        Locator message = page.locator("#introduction-message textarea");
        assertThat(message).isVisible();
        message.fill("Elowen, Lowena's Year 5 would love a rock pool day. Could you help?");
        page.locator("#introduction-send").click();
        settle();
        assertThat(page.locator("#need-introductions")).containsText("Elowen Marine");
        logout();

        // 5. the candidate finds the request among their introductions
        org.assertj.core.api.Assertions.assertThat(as(candidate.email(), "MEMBER", () -> introductions.mine()))
                .anySatisfy(i -> {
                    org.assertj.core.api.Assertions.assertThat(i.recipientId()).isEqualTo(candidate.personId());
                    org.assertj.core.api.Assertions.assertThat(i.requesterId()).isEqualTo(teacher.personId());
                    org.assertj.core.api.Assertions.assertThat(i.message()).contains("rock pool day");
                });
        login(candidate.email());
        page.navigate(url("introductions"));
        settle();
        assertThat(page.locator("body")).containsText("Lowena Teacher");
    }

    /** Picks one value of a multi-select combo box by typing and choosing the item. */
    private void choose(String selector, String label) {
        page.locator(selector + " input").click();
        page.locator(selector + " input").fill(label);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(label))
                .first().click();
        page.keyboard().press("Escape");
        settle();
    }

    private void login(String email) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
        settle();
    }

    private void logout() {
        page.context().clearCookies();
    }
}
