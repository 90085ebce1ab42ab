package org.thirdspace.security.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.security.AccountException;
import org.thirdspace.security.AccountService;
import org.thirdspace.security.PasswordPolicy;
import org.thirdspace.security.PasswordPolicyException;

/** Sign-up: creates an unverified account and sends the verification mail. */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accountService;
    private final PasswordPolicy passwordPolicy;
    private final AuthenticationContext authenticationContext;

    final EmailField email = Fields.manual(new EmailField());
    final TextField displayName = Fields.manual(new TextField());
    final PasswordField password = Fields.manual(new PasswordField());
    final PasswordField confirm = Fields.manual(new PasswordField());
    final Button submit = new Button();
    private final FormLayout form = new FormLayout();

    public SignUpView(AccountService accountService, PasswordPolicy passwordPolicy,
                      AuthenticationContext authenticationContext) {
        this.accountService = accountService;
        this.passwordPolicy = passwordPolicy;
        this.authenticationContext = authenticationContext;

        email.setLabel(getTranslation("security.signup.email"));
        email.setId("signup-email");
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        displayName.setLabel(getTranslation("security.signup.display-name"));
        displayName.setId("signup-display-name");
        displayName.setHelperText(getTranslation("security.signup.display-name.helper"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(AccountService.MAX_DISPLAY_NAME);
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        password.setLabel(getTranslation("security.signup.password"));
        password.setId("signup-password");
        password.setHelperText(getTranslation("security.signup.password.helper"));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setLabel(getTranslation("security.signup.password-confirm"));
        confirm.setId("signup-password-confirm");
        confirm.setRequiredIndicatorVisible(true);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        submit.setText(getTranslation("security.signup.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> signUp());
        submit.addClickShortcut(Key.ENTER);

        form.add(email, displayName, password, confirm, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");

        Paragraph login = new Paragraph(new Span(getTranslation("security.signup.login-prompt") + " "),
                new RouterLink(getTranslation("security.signup.login-link"), LoginView.class));
        add(new H1(getTranslation("security.signup.heading")),
                new Paragraph(getTranslation("security.signup.intro")), form, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    /** Validates all fields, shows every problem on its field; returns whether all are valid. */
    boolean validate() {
        Fields.clear(email, displayName, password, confirm);
        boolean ok = true;
        if (!AccountService.isEmailAddress(email.getValue())) {
            Fields.error(email, getTranslation("security.signup.email-invalid"));
            ok = false;
        }
        String name = displayName.getValue().trim();
        if (name.isEmpty()) {
            Fields.error(displayName, getTranslation("security.signup.display-name-required"));
            ok = false;
        } else if (name.length() > AccountService.MAX_DISPLAY_NAME) {
            Fields.error(displayName, getTranslation("security.signup.display-name-too-long"));
            ok = false;
        }
        List<String> problems = password.getValue().isEmpty() ? List.of("security.password.required")
                : passwordPolicy.check(password.getValue(), email.getValue(), name);
        if (!problems.isEmpty()) {
            Fields.error(password, Fields.translateAll(this, problems));
            ok = false;
        }
        if (!password.getValue().equals(confirm.getValue())) {
            Fields.error(confirm, getTranslation("security.signup.password-mismatch"));
            ok = false;
        }
        return ok;
    }

    private void signUp() {
        if (!validate()) {
            focusFirstInvalid();
            return;
        }
        try {
            accountService.register(email.getValue().trim(), displayName.getValue().trim(), password.getValue());
        } catch (AccountException.EmailTaken e) {
            Fields.error(email, getTranslation(e.messageKey()));
            email.focus();
            return;
        } catch (PasswordPolicyException e) {
            Fields.error(password, Fields.translateAll(this, e.messageKeys()));
            password.focus();
            return;
        }
        String address = email.getValue().trim();
        removeAll();
        H1 heading = new H1(getTranslation("security.signup.done.heading"));
        Paragraph text = new Paragraph(getTranslation("security.signup.done.text", address));
        text.getElement().setAttribute("role", "status");
        add(heading, text, new Paragraph(new RouterLink(getTranslation("security.verify.login-link"),
                LoginView.class)));
    }

    private void focusFirstInvalid() {
        if (email.isInvalid()) {
            email.focus();
        } else if (displayName.isInvalid()) {
            displayName.focus();
        } else if (password.isInvalid()) {
            password.focus();
        } else {
            confirm.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.signup.title") + " | " + getTranslation("security.app-name");
    }

}
