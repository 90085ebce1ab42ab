package org.thirdspace.security.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.thirdspace.security.AccountException;
import org.thirdspace.security.AccountFilter;
import org.thirdspace.security.AccountService;
import org.thirdspace.security.AccountSummary;
import org.thirdspace.security.Role;

/** Administration of accounts: search, roles, enable/disable. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(title = "security.admin.users.title", order = 900, icon = "vaadin:users")
public class AdminUsersView extends Div implements HasDynamicTitle {

    /** Status filter choices. */
    enum Status { ANY, ENABLED, DISABLED }

    private final AccountService accountService;
    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Select<Status> statusFilter = new Select<>();
    final Grid<AccountSummary> grid = new Grid<>();
    final Section editor = new Section();
    final H2 editorHeading = new H2();
    final CheckboxGroup<Role> roles = Fields.manual(new CheckboxGroup<>());
    final Button saveRoles = new Button();
    final Button toggleEnabled = new Button();
    final Paragraph editorStatus = new Paragraph();
    private AccountSummary selected;

    public AdminUsersView(AccountService accountService) {
        this.accountService = accountService;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);

        search.setLabel(getTranslation("security.admin.users.filter"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setLabel(getTranslation("security.admin.users.role-filter"));
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("security.admin.users.status.any"));
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("security.admin.users.status.any")
                : roleName(r));
        roleFilter.addValueChangeListener(e -> refresh());
        statusFilter.setLabel(getTranslation("security.admin.users.status-filter"));
        statusFilter.setItems(Status.values());
        statusFilter.setValue(Status.ANY);
        statusFilter.setItemLabelGenerator(s -> getTranslation("security.admin.users.status."
                + s.name().toLowerCase(java.util.Locale.ROOT)));
        statusFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, roleFilter, statusFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(AccountSummary::email).setHeader(getTranslation("security.admin.users.column.email"));
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("security.admin.users.column.name"));
        grid.addColumn(a -> a.roles().stream().sorted().map(this::roleName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.admin.users.column.roles"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "security.admin.users.status.enabled"
                : "security.admin.users.status.disabled"))
                .setHeader(getTranslation("security.admin.users.column.status"));
        grid.addColumn(a -> getTranslation(a.emailVerified() ? "security.admin.users.yes"
                : "security.admin.users.no"))
                .setHeader(getTranslation("security.admin.users.column.verified"));
        grid.addColumn(a -> dates.format(a.createdAt()))
                .setHeader(getTranslation("security.admin.users.column.created"));
        grid.setAriaLabel(getTranslation("security.admin.users.heading"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        refresh();

        roles.setLabel(getTranslation("security.admin.users.edit.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(this::roleName);
        saveRoles.setText(getTranslation("security.admin.users.edit.save-roles"));
        saveRoles.addThemeVariants(ButtonVariant.PRIMARY);
        saveRoles.addClickListener(e -> saveRoles());
        toggleEnabled.addClickListener(e -> toggleEnabled());
        editorStatus.getElement().setAttribute("role", "status");
        Button close = new Button(getTranslation("security.admin.users.edit.close"), e -> grid.deselectAll());
        editor.add(editorHeading, roles, new HorizontalLayout(saveRoles, toggleEnabled, close), editorStatus);
        editor.setVisible(false);

        add(new H1(getTranslation("security.admin.users.heading")), filters, grid, editor);
    }

    AccountFilter filter() {
        Status status = statusFilter.getValue() == null ? Status.ANY : statusFilter.getValue();
        Boolean enabled = switch (status) {
            case ANY -> null;
            case ENABLED -> Boolean.TRUE;
            case DISABLED -> Boolean.FALSE;
        };
        return new AccountFilter(search.getValue(), roleFilter.getValue(), enabled);
    }

    private void refresh() {
        AccountFilter filter = filter();
        grid.setItems(query -> accountService.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accountService.count(filter)));
    }

    private void edit(AccountSummary account) {
        selected = account;
        editorStatus.setText("");
        Fields.clear(roles);
        if (account == null) {
            editor.setVisible(false);
            return;
        }
        editorHeading.setText(getTranslation("security.admin.users.edit.heading", account.email()));
        roles.setValue(account.roles());
        toggleEnabled.setText(getTranslation(account.enabled() ? "security.admin.users.edit.disable"
                : "security.admin.users.edit.enable"));
        toggleEnabled.removeThemeVariants(ButtonVariant.ERROR);
        if (account.enabled()) {
            toggleEnabled.addThemeVariants(ButtonVariant.ERROR);
        }
        editor.setVisible(true);
    }

    private void saveRoles() {
        if (selected == null) {
            return;
        }
        try {
            selected = accountService.setRoles(selected.id(), roles.getValue());
            saved();
        } catch (AccountException e) {
            Fields.error(roles, getTranslation(e.messageKey()));
        }
    }

    private void toggleEnabled() {
        if (selected == null) {
            return;
        }
        try {
            selected = accountService.setEnabled(selected.id(), !selected.enabled());
            saved();
        } catch (AccountException e) {
            editorStatus.setText(getTranslation(e.messageKey()));
        }
    }

    private void saved() {
        AccountSummary current = selected;
        grid.getDataProvider().refreshAll();
        edit(current);
        editorStatus.setText(getTranslation("security.admin.users.saved"));
    }

    private String roleName(Role role) {
        return getTranslation("security.role." + role.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.admin.users.title") + " | " + getTranslation("security.app-name");
    }

}
