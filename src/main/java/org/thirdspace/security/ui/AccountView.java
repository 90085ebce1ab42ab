package org.thirdspace.security.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.thirdspace.security.AccessTokenService;
import org.thirdspace.security.AccessTokenSummary;
import org.thirdspace.security.AccountException;
import org.thirdspace.security.AccountService;
import org.thirdspace.security.AccountSummary;
import org.thirdspace.security.CreatedAccessToken;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.PasswordPolicyException;

/** The current user's account: display name, password and personal access tokens. */
@Route("account")
@PermitAll
public class AccountView extends Div implements HasDynamicTitle {

    private final AccountService accountService;
    private final AccessTokenService tokenService;

    final TextField displayName = Fields.manual(new TextField());
    final PasswordField currentPassword = Fields.manual(new PasswordField());
    final PasswordField newPassword = Fields.manual(new PasswordField());
    final PasswordField confirmPassword = Fields.manual(new PasswordField());
    final TextField tokenName = Fields.manual(new TextField());
    final DatePicker tokenExpiry = Fields.manual(new DatePicker());
    final TextField newSecret = new TextField();
    final Grid<AccessTokenSummary> tokens = new Grid<>();
    private final Paragraph nameStatus = status();
    private final Paragraph passwordStatus = status();
    private final Paragraph tokenStatus = status();
    private final DateTimeFormatter dates;

    public AccountView(AccountService accountService, AccessTokenService tokenService, CurrentUser currentUser) {
        this.accountService = accountService;
        this.tokenService = tokenService;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        AccountSummary me = currentUser.get().orElseThrow(AccountException.NotFound::new);

        TextField email = new TextField(getTranslation("security.account.email"));
        email.setValue(me.email());
        email.setReadOnly(true);

        displayName.setLabel(getTranslation("security.account.display-name"));
        displayName.setValue(me.displayName());
        displayName.setMaxLength(AccountService.MAX_DISPLAY_NAME);
        Button saveName = new Button(getTranslation("security.account.save-name"), e -> saveName());
        FormLayout profile = form(email, displayName, saveName);

        currentPassword.setLabel(getTranslation("security.account.current-password"));
        currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("security.account.new-password"));
        newPassword.setHelperText(getTranslation("security.signup.password.helper"));
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmPassword.setLabel(getTranslation("security.account.new-password-confirm"));
        confirmPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button changePassword = new Button(getTranslation("security.account.change-password"),
                e -> changePassword());
        FormLayout password = form(currentPassword, newPassword, confirmPassword, changePassword);

        tokenName.setLabel(getTranslation("security.tokens.name"));
        tokenName.setMaxLength(AccessTokenService.MAX_NAME);
        tokenExpiry.setLabel(getTranslation("security.tokens.expires"));
        tokenExpiry.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        Button create = new Button(getTranslation("security.tokens.create"), e -> createToken());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        newSecret.setLabel(getTranslation("security.tokens.secret"));
        newSecret.setReadOnly(true);
        newSecret.setVisible(false);
        newSecret.setWidthFull();
        FormLayout tokenForm = form(tokenName, tokenExpiry, create);

        tokens.addColumn(AccessTokenSummary::name).setHeader(getTranslation("security.tokens.column.name"));
        tokens.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("security.tokens.column.prefix"));
        tokens.addColumn(t -> date(t.createdAt())).setHeader(getTranslation("security.tokens.column.created"));
        tokens.addColumn(t -> date(t.expiresAt())).setHeader(getTranslation("security.tokens.column.expires"));
        tokens.addColumn(t -> date(t.lastUsedAt())).setHeader(getTranslation("security.tokens.column.last-used"));
        tokens.addColumn(this::status).setHeader(getTranslation("security.tokens.column.status"));
        tokens.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("security.tokens.revoke"), e -> revoke(t));
            revoke.setAriaLabel(getTranslation("security.tokens.revoke-label", t.name()));
            revoke.setEnabled(t.isActive(Instant.now()));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            return revoke;
        });
        tokens.setAllRowsVisible(true);
        refreshTokens();

        add(new H1(getTranslation("security.account.heading")),
                section(getTranslation("security.account.profile.heading"), profile, nameStatus),
                section(getTranslation("security.account.password.heading"), password, passwordStatus),
                section(getTranslation("security.tokens.heading"),
                        new Paragraph(getTranslation("security.tokens.intro")), tokenForm, tokenStatus, newSecret,
                        tokens));
    }

    private void saveName() {
        Fields.clear(displayName);
        String value = displayName.getValue().trim();
        if (value.isEmpty()) {
            Fields.error(displayName, getTranslation("security.signup.display-name-required"));
            displayName.focus();
            return;
        }
        accountService.changeDisplayName(value);
        nameStatus.setText(getTranslation("security.account.name-saved"));
    }

    private void changePassword() {
        Fields.clear(currentPassword, newPassword, confirmPassword);
        passwordStatus.setText("");
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            Fields.error(confirmPassword, getTranslation("security.signup.password-mismatch"));
            confirmPassword.focus();
            return;
        }
        try {
            accountService.changePassword(currentPassword.getValue(), newPassword.getValue());
        } catch (PasswordPolicyException e) {
            Fields.error(newPassword, Fields.translateAll(this, e.messageKeys()));
            newPassword.focus();
            return;
        } catch (AccountException e) {
            Fields.error(currentPassword, getTranslation(e.messageKey()));
            currentPassword.focus();
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        confirmPassword.clear();
        passwordStatus.setText(getTranslation("security.account.password-changed"));
    }

    private void createToken() {
        Fields.clear(tokenName, tokenExpiry);
        tokenStatus.setText("");
        if (tokenName.getValue().isBlank()) {
            Fields.error(tokenName, getTranslation("security.tokens.name-required"));
            tokenName.focus();
            return;
        }
        Instant expires = tokenExpiry.getValue() == null ? null
                : tokenExpiry.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        CreatedAccessToken created;
        try {
            created = tokenService.create(tokenName.getValue(), expires);
        } catch (AccountException e) {
            Fields.error(tokenExpiry, getTranslation(e.messageKey()));
            tokenExpiry.focus();
            return;
        }
        tokenStatus.setText(getTranslation("security.tokens.created"));
        newSecret.setValue(created.secret());
        newSecret.setVisible(true);
        newSecret.focus();
        tokenName.clear();
        tokenExpiry.clear();
        refreshTokens();
    }

    private void revoke(AccessTokenSummary token) {
        tokenService.revoke(token.id());
        tokenStatus.setText(getTranslation("security.tokens.revoked"));
        newSecret.clear();
        newSecret.setVisible(false);
        refreshTokens();
    }

    private void refreshTokens() {
        tokens.setItems(tokenService.list());
    }

    private String status(AccessTokenSummary t) {
        if (t.revokedAt() != null) {
            return getTranslation("security.tokens.status.revoked");
        }
        return t.isActive(Instant.now()) ? getTranslation("security.tokens.status.active")
                : getTranslation("security.tokens.status.expired");
    }

    private String date(Instant instant) {
        return instant == null ? getTranslation("security.tokens.never") : dates.format(instant);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        return form;
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(heading));
        section.add(content);
        return section;
    }

    private static Paragraph status() {
        Paragraph p = new Paragraph();
        p.getElement().setAttribute("role", "status");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.title") + " | " + getTranslation("security.app-name");
    }


}
