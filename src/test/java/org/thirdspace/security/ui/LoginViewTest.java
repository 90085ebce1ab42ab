package org.thirdspace.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.security.internal.AccountNotVerifiedException;
import org.thirdspace.security.internal.LoginThrottledException;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    private LoginView loginAfter(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return (LoginView) getCurrentView();
    }

    @Test
    void showsTheFormWithLinksToSignUpAndPasswordReset() {
        LoginView view = navigate(LoginView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Log in to ThirdSpace");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(view.shownError).isNull();
        assertThat($(RouterLink.class).withText("Create an account").single().getHref()).isEqualTo("signup");

        test(form).forgotPassword();
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void rememberMeAddsTheParameterToTheFormAction() {
        LoginView view = navigate(LoginView.class);
        test(view.rememberMe()).click();
        assertThat(view.loginForm.getAction()).isEqualTo("login?remember-me=on");
    }

    @Test
    void theResendFormCanBeOpenedByLink() {
        assertThat(navigate(LoginView.class).resendSection.isVisible()).isFalse();
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.RESEND_PARAMETER, ""));
        assertThat(((LoginView) getCurrentView()).resendSection.isVisible()).isTrue();
    }

    @Test
    void explainsEachFailure() {
        assertThat(loginAfter(new BadCredentialsException("x")).shownError)
                .isEqualTo("The email address or password is not correct.");
        assertThat(loginAfter(new DisabledException("x")).shownError).contains("has been disabled");
        assertThat(loginAfter(new LoginThrottledException(Duration.ofSeconds(7 * 60 - 5))).shownError)
                .isEqualTo("Too many failed attempts. Try again in 7 minutes.");
        LoginView notVerified = loginAfter(new AccountNotVerifiedException());
        assertThat(notVerified.shownError).contains("not verified yet");
        assertThat(notVerified.resendSection.isVisible()).isTrue();
    }
}
