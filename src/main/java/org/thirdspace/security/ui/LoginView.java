package org.thirdspace.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.thirdspace.security.AccountService;
import org.thirdspace.security.internal.AccountNotVerifiedException;
import org.thirdspace.security.internal.LoginThrottledException;

/**
 * Login with email and password. The form posts to Spring Security's form login ({@code POST /login});
 * failures come back as {@code /login?error} with the exception in the HTTP session.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final AccountService accountService;
    final LoginForm loginForm = new LoginForm();
    private final Checkbox rememberMe = new Checkbox();
    final Div resendSection = new Div();
    private final EmailField resendEmail = new EmailField();
    private final Paragraph resendResult = new Paragraph();
    /** Query parameter that opens the "send the verification mail again" form. */
    public static final String RESEND_PARAMETER = "resend";

    /** The error message shown in the login form, if any (for tests and logging-free inspection). */
    String shownError;

    public LoginView(AuthenticationContext authenticationContext, AccountService accountService) {
        this.authenticationContext = authenticationContext;
        this.accountService = accountService;
        addClassName("login-view");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.email"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.error.bad-credentials"));
        loginForm.setI18n(i18n);
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(true);
        loginForm.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));

        rememberMe.setLabel(getTranslation("security.login.remember-me"));
        rememberMe.setId("remember-me");
        // the login form posts only email and password: pass the remember-me choice as a request parameter
        rememberMe.addValueChangeListener(e -> loginForm.setAction(e.getValue() ? "login?remember-me=on" : "login"));

        resendEmail.setLabel(getTranslation("security.login.resend.email"));
        Button resend = new Button(getTranslation("security.login.resend.submit"), e -> resend());
        resendResult.setVisible(false);
        resendResult.getElement().setAttribute("role", "status");
        resendSection.add(new H2(getTranslation("security.login.resend.heading")), resendEmail, resend,
                resendResult);
        resendSection.setVisible(false);

        Paragraph signUp = new Paragraph(new Span(getTranslation("security.login.signup-prompt") + " "),
                new RouterLink(getTranslation("security.login.signup-link"), SignUpView.class));

        add(new H1(getTranslation("security.login.heading")), loginForm, rememberMe, signUp, resendSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(RESEND_PARAMETER)) {
            resendSection.setVisible(true);
        }
        if (!parameters.containsKey("error")) {
            return;
        }
        Object failure = lastFailure();
        String message;
        if (failure instanceof LoginThrottledException throttled) {
            long minutes = throttled.retryAfterMinutes();
            message = minutes == 1 ? getTranslation("security.login.error.throttled-one")
                    : getTranslation("security.login.error.throttled", minutes);
        } else if (failure instanceof AccountNotVerifiedException) {
            message = getTranslation("security.login.error.not-verified");
            resendSection.setVisible(true);
        } else if (failure instanceof DisabledException) {
            message = getTranslation("security.login.error.disabled");
        } else {
            message = getTranslation("security.login.error.bad-credentials");
        }
        shownError = message;
        loginForm.showErrorMessage(getTranslation("security.login.error.title"), message);
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null) {
            return null;
        }
        Object failure = wrapped.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        wrapped.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure;
    }

    private void resend() {
        accountService.resendVerification(resendEmail.getValue());
        resendResult.setText(getTranslation("security.login.resend.sent"));
        resendResult.setVisible(true);
    }

    Checkbox rememberMe() {
        return rememberMe;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " | " + getTranslation("security.app-name");
    }
}
