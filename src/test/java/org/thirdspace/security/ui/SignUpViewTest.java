package org.thirdspace.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H1;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.thirdspace.security.AccountService;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.security.TestMailbox;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
@WithAnonymousUser
class SignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    TestMailbox mailbox;
    @Autowired
    AccountService accounts;

    @Test
    void showsAMessageOnEveryInvalidField() {
        SignUpView view = navigate(SignUpView.class);
        test(view.email).setValue("not-an-email");
        test(view.password).setValue("aaaa12345");
        test(view.confirm).setValue("something else");
        test(view.submit).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("Enter a valid email address");
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Enter a display name.");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage())
                .contains("Use at least 10 characters.")
                .contains("Do not repeat the same character")
                .contains("Avoid sequences");
        assertThat(view.confirm.getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(mailbox.countTo("not-an-email")).isZero();
    }

    @Test
    void refusesPasswordsMadeOfTheNameOrEmail() {
        SignUpView view = navigate(SignUpView.class);
        test(view.email).setValue("nora.name@school.example");
        test(view.displayName).setValue("Nora Name");
        test(view.password).setValue("nora.name-2024!");
        test(view.confirm).setValue("nora.name-2024!");
        test(view.submit).click();
        assertThat(view.password.getErrorMessage()).contains("Do not use your email address in the password.");
        assertThat(view.email.isInvalid()).isFalse();
    }

    @Test
    void aDuplicateAddressGetsAClearMessage() {
        accounts.register("taken@school.example", "Tom Taken", "Lagoon-Feather-Comet-6");
        SignUpView view = navigate(SignUpView.class);
        test(view.email).setValue("TAKEN@school.example");
        test(view.displayName).setValue("Someone Else");
        test(view.password).setValue("Orchard-Nimbus-Quill-2");
        test(view.confirm).setValue("Orchard-Nimbus-Quill-2");
        test(view.submit).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("This email address cannot be used");
    }

    @Test
    void aValidSignUpSendsTheVerificationMail() {
        SignUpView view = navigate(SignUpView.class);
        test(view.email).setValue("valid.view@school.example");
        test(view.displayName).setValue("Val View");
        test(view.password).setValue("Orchard-Nimbus-Quill-2");
        test(view.confirm).setValue("Orchard-Nimbus-Quill-2");
        test(view.submit).click();
        assertThat($(H1.class).single().getText()).isEqualTo("Check your inbox");
        assertThat(mailbox.latestTo("valid.view@school.example")).isPresent();
    }
}
