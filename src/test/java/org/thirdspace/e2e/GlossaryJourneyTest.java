package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.glossary.GlossaryDraft;
import org.thirdspace.glossary.GlossaryEntry;
import org.thirdspace.glossary.GlossaryService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;

/**
 * A glossary term in a case study, in Chromium: the reader moves the keyboard focus to the term
 * with Tab and reads its definition, Escape hides it while the focus stays, and hovering shows it
 * again (WCAG 1.4.13).
 */
class GlossaryJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    GlossaryService glossary;

    @Test
    void theDefinitionShowsOnFocusAndHoverAndEscapeHidesIt() {
        Someone author = ProfileFixtures.person(accounts, people, "Kensa Polglase");
        Someone moderator = ProfileFixtures.person(accounts, people, "Jenifer Roscorla", Role.MODERATOR);
        Someone reader = ProfileFixtures.person(accounts, people, "Perran Nancarrow");
        GlossaryEntry term = as(moderator.email(), "MODERATOR", () -> glossary.create(new GlossaryDraft(
                "Zennor liaison", "A teacher who keeps the **link** with the university.", List.of(), List.of())));
        try {
            CaseStudyDetails published = CaseStudyFixtures.published(caseStudies, author, moderator,
                    CaseStudyDraft.of("Zennor cove partnership", "A small school and a marine lab.",
                            Map.of(CaseStudyField.PROBLEM, "Every term the zennor liaison booked the lab visits.")));

            login(reader.email());
            page.navigate(url("case-studies/" + published.id()));
            settle();
            Locator button = page.locator("#cs-body-problem button.ts-glossary-term");
            Locator tip = page.locator("#cs-body-problem [role=tooltip]");
            assertThat(button).hasText("zennor liaison");
            assertThat(tip).isHidden();
            org.assertj.core.api.Assertions.assertThat(button.getAttribute("aria-describedby"))
                    .isEqualTo(tip.getAttribute("id"));

            // keyboard: from the section's heading, Tab reaches the term and shows the definition
            page.locator("#cs-body-problem").locator("xpath=..").locator("h2").click();
            page.keyboard().press("Tab");
            assertThat(button).isFocused();
            assertThat(tip).isVisible();
            assertThat(tip).hasText("Zennor liaison: A teacher who keeps the link with the university.");
            // Escape dismisses it without moving the focus
            page.keyboard().press("Escape");
            assertThat(tip).isHidden();
            assertThat(button).isFocused();

            // pointer: leaving and hovering again shows it, and it stays while the pointer is on the definition
            page.keyboard().press("Shift+Tab");
            page.mouse().move(0, 0);
            button.hover();
            assertThat(tip).isVisible();
            tip.hover();
            assertThat(tip).isVisible();
            page.keyboard().press("Escape");
            assertThat(tip).isHidden();
        } finally {
            as(moderator.email(), "MODERATOR", () -> glossary.delete(term.id()));
        }
    }

    private void login(String email) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
        settle();
    }
}
