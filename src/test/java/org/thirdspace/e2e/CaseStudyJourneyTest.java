package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;

import com.microsoft.playwright.Locator;

/**
 * The case-study story in Chromium: a teacher writes a case study and submits it, a moderator
 * approves it, and another member finds it by a phrase from its body, highlighted.
 */
class CaseStudyJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";
    private static final String TITLE = "Tregarthen rock-pool science days";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;

    @Test
    void writeSubmitApproveAndFindByAPhraseFromTheBody() {
        Someone author = ProfileFixtures.person(accounts, people, "Elowen Tregarthen");
        Someone moderator = ProfileFixtures.person(accounts, people, "Casimir Penhallow", Role.MEMBER, Role.MODERATOR);
        Someone reader = ProfileFixtures.person(accounts, people, "Morwenna Trelawny");

        // 1. the teacher writes the case study, with a live preview of the Markdown
        login(author.email());
        page.navigate(url("case-studies/new"));
        settle();
        page.locator("#cs-title input").fill(TITLE);
        page.locator("#cs-field-problem textarea").fill("Pupils at the village school had never surveyed a rocky shore.");
        page.locator("#cs-field-activities textarea")
                .fill("Trainee teachers led a **limpet census** along the breakwater with Year 5.");
        page.locator("#cs-field-activities textarea").blur();
        settle();
        assertThat(page.locator("#cs-preview-activities strong")).hasText("limpet census");
        page.locator("#cs-save").click();
        settle();
        page.waitForURL(Pattern.compile(".*/case-studies/[0-9]+.*"));
        Matcher id = Pattern.compile("case-studies/([0-9]+)").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        long caseStudyId = Long.parseLong(id.group(1));
        assertThat(page.locator("#cs-status")).containsText("Draft");

        // 2. she submits it for review
        page.locator("#cs-submit").click();
        settle();
        assertThat(page.locator("#cs-status")).containsText("In review");
        logout();

        // 3. until then another member cannot see it
        login(reader.email());
        page.navigate(url("case-studies/" + caseStudyId));
        settle();
        assertThat(page.locator("body")).not().containsText("limpet census");
        logout();

        // 4. a moderator approves it
        login(moderator.email());
        page.navigate(url("case-studies/" + caseStudyId + "?tab=review"));
        settle();
        page.locator("#cs-review-comment textarea").fill("Clear, and easy to reuse.");
        page.locator("#cs-approve").click();
        settle();
        assertThat(page.locator("#cs-status")).containsText("Published");
        logout();

        // 5. a member finds it by a phrase from its body, the phrase highlighted
        login(reader.email());
        Locator hit = page.locator("#cs-hit-" + caseStudyId);
        long deadline = System.currentTimeMillis() + 20_000;
        do {
            page.navigate(url("case-studies?q=" + "limpet%20census"));
            settle();
        } while (hit.count() == 0 && System.currentTimeMillis() < deadline);
        assertThat(hit).isVisible();
        assertThat(hit).containsText(TITLE);
        assertThat(hit.locator("mark").first()).containsText(Pattern.compile("limpet|census"));
        org.assertj.core.api.Assertions.assertThat(hit.locator("mark").allTextContents())
                .anyMatch(t -> t.contains("limpet")).anyMatch(t -> t.contains("census"));
        hit.locator("a").first().click();
        settle();
        assertThat(page.locator("#cs-article")).containsText("limpet census");
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
