package org.thirdspace.security.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.thirdspace.security.AccountException;
import org.thirdspace.security.AccountService;
import org.thirdspace.security.PasswordPolicyException;

/** Target of the reset link: {@code reset-password?token=...}. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accountService;
    final PasswordField password = Fields.manual(new PasswordField());
    final PasswordField confirm = Fields.manual(new PasswordField());
    private final Paragraph status = new Paragraph();
    private String token = "";

    public ResetPasswordView(AccountService accountService) {
        this.accountService = accountService;
        status.getElement().setAttribute("role", "status");
        status.setId("reset-status");
        add(new H1(getTranslation("security.reset.heading")), status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("token", List.of()).stream().findFirst().orElse("");
        if (!accountService.isResetTokenValid(token)) {
            invalid();
            return;
        }
        password.setLabel(getTranslation("security.reset.password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("security.signup.password.helper"));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setLabel(getTranslation("security.reset.password-confirm"));
        confirm.setId("reset-password-confirm");
        confirm.setRequiredIndicatorVisible(true);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("security.reset.submit"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        FormLayout form = new FormLayout(password, confirm, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        add(form);
    }

    private void save() {
        Fields.clear(password, confirm);
        if (password.getValue().isEmpty()) {
            Fields.error(password, getTranslation("security.password.required"));
            password.focus();
            return;
        }
        if (!password.getValue().equals(confirm.getValue())) {
            Fields.error(confirm, getTranslation("security.signup.password-mismatch"));
            confirm.focus();
            return;
        }
        try {
            accountService.resetPassword(token, password.getValue());
        } catch (PasswordPolicyException e) {
            Fields.error(password, Fields.translateAll(this, e.messageKeys()));
            password.focus();
            return;
        } catch (AccountException e) {
            removeAll();
            add(new H1(getTranslation("security.reset.heading")), status);
            invalid();
            return;
        }
        removeAll();
        status.setText(getTranslation("security.reset.done"));
        add(new H1(getTranslation("security.reset.heading")), status,
                new Paragraph(new RouterLink(getTranslation("security.verify.login-link"), LoginView.class)));
    }

    private void invalid() {
        status.setText(getTranslation("security.token.invalid"));
        add(new Paragraph(new RouterLink(getTranslation("security.reset.new-link"), ForgotPasswordView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.reset.title") + " | " + getTranslation("security.app-name");
    }
}
