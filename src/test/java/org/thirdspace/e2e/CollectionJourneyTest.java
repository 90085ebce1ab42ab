package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;

/**
 * The collection story in Chromium: a moderator builds a good-practice collection in the editor
 * (a case study and an external resource, each with a note), reorders it with the keyboard-usable
 * buttons and publishes it; a member follows it and sees it on the home page.
 */
class CollectionJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    CaseStudyService caseStudies;

    @Test
    void aModeratorBuildsAndPublishesACollectionAndAMemberFollowsItAndSeesItOnTheHomePage() {
        Someone moderator = ProfileFixtures.person(accounts, people, "Imogen Curator", Role.MODERATOR);
        Someone author = ProfileFixtures.person(accounts, people, "Bryn Author");
        Someone member = ProfileFixtures.person(accounts, people, "Cass Follower");
        String tag = "journey" + System.nanoTime();
        CaseStudyDetails cs = CaseStudyFixtures.published(caseStudies, author, moderator,
                CaseStudyFixtures.draft("Outdoor science journey " + tag, tag));
        String title = "Outdoor learning that works " + tag;

        // 1. the moderator creates the collection
        login(moderator.email());
        page.navigate(url("collections"));
        settle();
        page.getByText("New collection").click();
        settle();
        page.locator("#collection-title input").fill(title);
        page.locator("#collection-purpose input").fill("Partnerships that take learning outside");
        page.locator("#collection-introduction textarea").fill("Chosen for **rigour**.");
        page.locator("#collection-save").click();
        settle();
        page.waitForURL(Pattern.compile(".*/collection-editor/[0-9]+"));
        Matcher m = Pattern.compile("collection-editor/([0-9]+)").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();

        // 2. adds the case study (pasting its address) and an external resource, each with a note
        page.locator("#item-target input").fill(url("case-studies/" + cs.id()));
        page.locator("#item-note textarea").fill("A clear model for clubs.");
        page.locator("#item-add").click();
        settle();
        assertThat(page.locator("ol li").first()).containsText("Outdoor science journey " + tag);

        page.locator("#item-kind").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("External resource")).click();
        settle();
        page.locator("#item-url input").fill("https://example.org/outdoor-guide");
        page.locator("#item-title input").fill("Outdoor learning guide");
        page.locator("#item-note textarea").fill("Background reading for staff.");
        page.locator("#item-add").click();
        settle();
        assertThat(page.locator("ol li")).hasCount(2);

        // reorder with the "Move up" button, using the keyboard
        Locator up = page.locator("ol li").nth(1).locator("vaadin-button").filter(
                new Locator.FilterOptions().setHasText("Move up"));
        up.focus();
        up.press("Enter");
        settle();
        assertThat(page.locator("ol li").first()).containsText("Outdoor learning guide");

        // 3. publishes it
        page.locator("#collection-publish").click();
        settle();
        assertThat(page.locator("#collection-publish")).containsText("Unpublish");
        logout();

        // 4. the member finds it, follows it and sees it on the home page
        login(member.email());
        page.navigate(url("collections"));
        settle();
        page.getByText(title).click();
        settle();
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator(".ts-collection-items")).containsText("Background reading for staff.");
        page.locator("#collection-follow").click();
        settle();
        assertThat(page.locator("#collection-follow")).containsText("Unfollow");
        page.navigate(url(""));
        settle();
        Locator panel = page.locator("#home-collections");
        assertThat(panel).containsText("Your collections");
        assertThat(panel).containsText(title);
        assertThat(panel).containsText("Outdoor science journey " + tag);
        assertThat(panel).containsText("Outdoor learning guide");
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
