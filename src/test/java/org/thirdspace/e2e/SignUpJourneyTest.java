package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.security.TestMailbox;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

/** A newcomer signs up, verifies their address from the mail, logs in and lands on the home page. */
class SignUpJourneyTest extends BrowserTestSupport {

    @Autowired
    TestMailbox mailbox;

    @Test
    void signUpVerifyLogInAndSeeHome() {
        String email = "newcomer." + System.nanoTime() + "@school.example";
        String password = "Quiet-Lighthouse-42";

        page.navigate(url("signup"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Create your ThirdSpace account")))
                .isVisible();
        page.getByLabel("Email").fill(email);
        page.getByLabel("Display name").fill("Nia Newcomer");
        page.locator("vaadin-password-field").nth(0).locator("input").fill(password);
        page.locator("vaadin-password-field").nth(1).locator("input").fill(password);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign up")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Check your inbox"))).isVisible();

        // logging in before verifying is refused with a clear message
        logIn(email, password);
        assertThat(page.getByText("Your email address is not verified yet")).isVisible();

        var mail = mailbox.latestTo(email).orElseThrow(() -> new AssertionError("no verification mail"));
        page.navigate(url("verify?token=" + mail.token()));
        assertThat(page.getByText(Pattern.compile("verified", Pattern.CASE_INSENSITIVE)).first()).isVisible();

        logIn(email, password);
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Welcome, Nia Newcomer")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new GetByRoleOptions().setName("Main navigation")))
                .isVisible();
    }

    private void logIn(String email, String password) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
    }
}
