package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.finder.ui.ViewFixtures;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.testsupport.IntegrationTest;

/** A member searches, narrows with two facets, opens a profile, goes back and reloads: same results. */
class FinderJourneyTest extends BrowserTestSupport {

    @Autowired
    PeopleIndex index;
    @Autowired
    InstitutionService institutions;

    @Test
    void searchFilterOpenGoBackAndReload() {
        ViewFixtures.Data data = ViewFixtures.create(index, institutions);
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(IntegrationTest.ADMIN_EMAIL);
        page.locator("input[name=password]").fill(IntegrationTest.ADMIN_PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
        settle();

        page.navigate(url("people?q=" + data.token()));
        settle();
        var status = page.locator("#finder-status");
        assertThat(status).hasText("3 people found");
        assertThat(status).hasAttribute("aria-live", "polite");

        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("Mentor (2)")).check();
        settle();
        assertThat(status).hasText("2 people found");
        page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("Science (1)")).check();
        settle();
        assertThat(status).hasText("1 person found");
        assertThat(page).hasURL(Pattern.compile(".*people\\?.*(role=mentor.*subject=science|subject=science.*role=mentor).*"));
        String filtered = page.url();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Ada " + data.token())).click();
        assertThat(page).hasURL(Pattern.compile(".*/people/" + data.ada() + "$"));
        // let the profile's own round trip finish first: a late answer would repaint the page after Back
        settle();

        page.goBack();
        settle();
        assertThat(page).hasURL(filtered);
        assertThat(status).hasText("1 person found");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("Mentor (1)"))).isChecked();

        page.reload();
        settle();
        assertThat(page.locator("#finder-status")).hasText("1 person found");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new GetByRoleOptions().setName("Science (1)"))).isChecked();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Ada " + data.token()))).isVisible();
    }
}
