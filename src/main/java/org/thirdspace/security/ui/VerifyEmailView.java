package org.thirdspace.security.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.thirdspace.security.AccountException;
import org.thirdspace.security.AccountService;

/** Target of the verification link: {@code verify?token=...}. */
@Route("verify")
@AnonymousAllowed
public class VerifyEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accountService;
    private final Paragraph result = new Paragraph();

    public VerifyEmailView(AccountService accountService) {
        this.accountService = accountService;
        result.getElement().setAttribute("role", "status");
        result.setId("verify-result");
        add(new H1(getTranslation("security.verify.heading")), result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("token", List.of()).stream().findFirst().orElse("");
        try {
            accountService.verifyEmail(token);
            result.setText(getTranslation("security.verify.success"));
            add(new Paragraph(new RouterLink(getTranslation("security.verify.login-link"), LoginView.class)));
        } catch (AccountException e) {
            result.setText(getTranslation("security.token.invalid"));
            RouterLink resend = new RouterLink(getTranslation("security.verify.resend-link"), LoginView.class);
            resend.setQueryParameters(QueryParameters.of(LoginView.RESEND_PARAMETER, ""));
            add(new Paragraph(resend));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.verify.title") + " | " + getTranslation("security.app-name");
    }
}
