package org.thirdspace.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.security.AccessTokenService;
import org.thirdspace.security.AccountService;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.security.TestMailbox;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class AccountViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Thistle-Meteor-Basket-5";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AccountService accounts;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    CurrentUser currentUser;

    @Test
    @WithMockUser(username = "tokens@view.example", roles = "MEMBER")
    void createsShowsOnceAndRevokesPersonalAccessTokens() {
        testAccounts.verified("tokens@view.example", "Toby Tokens", PASSWORD);
        AccountView view = navigate(AccountView.class);

        test(view.tokenName).setValue("");
        test($(Button.class).withText("Create token").single()).click();
        assertThat(view.tokenName.getErrorMessage()).isEqualTo("Enter a name for the token.");

        test(view.tokenName).setValue("Backup script");
        test($(Button.class).withText("Create token").single()).click();
        assertThat(view.newSecret.isVisible()).isTrue();
        assertThat(view.newSecret.getValue()).startsWith("tsp_");
        assertThat(test(view.tokens).size()).isEqualTo(1);
        assertThat(test(view.tokens).getCellText(0, 0)).isEqualTo("Backup script");
        assertThat(test(view.tokens).getCellText(0, 1)).isEqualTo(view.newSecret.getValue().substring(0, 10) + "…");
        assertThat(test(view.tokens).getCellText(0, 5)).isEqualTo("Active");

        Button revoke = (Button) test(view.tokens).getCellComponent(0, 6);
        assertThat(revoke.getAriaLabel()).contains("Revoke token Backup script");
        test(revoke).click();
        assertThat(test(view.tokens).getCellText(0, 5)).isEqualTo("Revoked");
        assertThat(view.newSecret.isVisible()).isFalse();
        assertThat(tokens.list()).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    @WithMockUser(username = "changer@view.example", roles = "MEMBER")
    void changesTheDisplayNameAndThePassword() {
        testAccounts.verified("changer@view.example", "Chris Changer", PASSWORD);
        AccountView view = navigate(AccountView.class);
        test(view.displayName).setValue("Christine Changer");
        test($(Button.class).withText("Save name").single()).click();
        assertThat(currentUser.get().orElseThrow().displayName()).isEqualTo("Christine Changer");

        test(view.currentPassword).setValue("not-my-password");
        test(view.newPassword).setValue("Velvet-Compass-Harbor-9");
        test(view.confirmPassword).setValue("Velvet-Compass-Harbor-9");
        test($(Button.class).withText("Change password").single()).click();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct.");

        test(view.currentPassword).setValue(PASSWORD);
        test(view.newPassword).setValue("short");
        test(view.confirmPassword).setValue("short");
        test($(Button.class).withText("Change password").single()).click();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Use at least 10 characters.");

        test(view.currentPassword).setValue(PASSWORD);
        test(view.newPassword).setValue("Velvet-Compass-Harbor-9");
        test(view.confirmPassword).setValue("Velvet-Compass-Harbor-9");
        test($(Button.class).withText("Change password").single()).click();
        assertThat(view.newPassword.isInvalid()).isFalse();
        assertThat($(Paragraph.class).withText("Your password has been changed.").exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void verifyAndResetLinksWorkInTheUi() {
        accounts.register("links@view.example", "Lina Links", PASSWORD);
        String verifyToken = mailbox.latestTo("links@view.example").orElseThrow().token();
        UI.getCurrent().navigate("verify", QueryParameters.of("token", verifyToken));
        assertThat($(Paragraph.class).id("verify-result").getText()).startsWith("Thank you");
        UI.getCurrent().navigate("verify", QueryParameters.of("token", "forged"));
        assertThat($(Paragraph.class).id("verify-result").getText()).startsWith("This link is invalid");

        ForgotPasswordView forgot = navigate(ForgotPasswordView.class);
        test(forgot.email).setValue("links@view.example");
        test($(Button.class).withText("Send reset link").single()).click();
        assertThat(forgot.result.getText()).startsWith("If an account exists");

        String resetToken = mailbox.latestTo("links@view.example").orElseThrow().token();
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", resetToken));
        ResetPasswordView reset = (ResetPasswordView) getCurrentView();
        test(reset.password).setValue("Mosaic-Tundra-Kettle-4");
        test(reset.confirm).setValue("Mosaic-Tundra-Kettle-4");
        test($(Button.class).withText("Save password").single()).click();
        assertThat($(Paragraph.class).id("reset-status").getText()).startsWith("Your password has been changed");
        assertThat(accounts.isResetTokenValid(resetToken)).isFalse();
    }
}
