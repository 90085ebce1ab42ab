package org.thirdspace.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.thirdspace.security.AccountService;

/** Asks for a password reset link. The answer does not reveal whether the account exists. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

    final EmailField email = Fields.manual(new EmailField());
    final Paragraph result = new Paragraph();

    public ForgotPasswordView(AccountService accountService) {
        email.setLabel(getTranslation("security.forgot.email"));
        email.setId("forgot-email");
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        Button submit = new Button(getTranslation("security.forgot.submit"), e -> {
            if (!AccountService.isEmailAddress(email.getValue())) {
                Fields.error(email, getTranslation("security.signup.email-invalid"));
                email.focus();
                return;
            }
            Fields.clear(email);
            accountService.requestPasswordReset(email.getValue().trim());
            result.setText(getTranslation("security.forgot.sent"));
            result.setVisible(true);
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("security.forgot.heading")), new Paragraph(getTranslation("security.forgot.intro")),
                email, submit, result,
                new Paragraph(new RouterLink(getTranslation("security.forgot.back"), LoginView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.forgot.title") + " | " + getTranslation("security.app-name");
    }
}
