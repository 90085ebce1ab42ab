package org.thirdspace.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.security.AccountService;
import org.thirdspace.security.AccountSummary;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class AdminUsersViewTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Pebble-Falcon-Lantern-1";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AccountService accounts;

    private AccountSummary ensure(String email, String name) {
        return accounts.findByEmail(email).orElseGet(() -> testAccounts.verified(email, name, PASSWORD));
    }

    @Test
    @WithMockUser(username = IntegrationTest.ADMIN_EMAIL, roles = "ADMIN")
    void listsAndFiltersAccountsLazily() {
        ensure("grid-a@view.example", "Grid Alpha");
        ensure("grid-b@view.example", "Grid Beta");
        AdminUsersView view = navigate(AdminUsersView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(test(grid).getHeaderCell(0)).isEqualTo("Email");

        test(view.search).setValue("grid-");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("grid-a@view.example");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Grid Alpha");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Member");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Enabled");

        test(view.search).clear();
        test(view.roleFilter).selectItem("Administrator");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(IntegrationTest.ADMIN_EMAIL);
    }

    @Test
    @WithMockUser(username = IntegrationTest.ADMIN_EMAIL, roles = "ADMIN")
    void changesRolesAndDisablesAccounts() {
        AccountSummary target = ensure("grid-edit@view.example", "Edith Edit");
        AdminUsersView view = navigate(AdminUsersView.class);
        test(view.search).setValue("grid-edit@");
        test(view.grid).clickRow(0);
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.editorHeading.getText()).isEqualTo("Edit grid-edit@view.example");

        view.roles.setValue(Set.of(Role.MEMBER, Role.MODERATOR));
        test(view.saveRoles).click();
        assertThat(accounts.findById(target.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.MEMBER, Role.MODERATOR);
        assertThat(view.editorStatus.getText()).isEqualTo("The account has been updated.");

        assertThat(view.toggleEnabled.getText()).isEqualTo("Disable account");
        test(view.toggleEnabled).click();
        assertThat(accounts.findById(target.id()).orElseThrow().enabled()).isFalse();
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Disabled");
        assertThat(view.toggleEnabled.getText()).isEqualTo("Enable account");
        test(view.toggleEnabled).click();
        assertThat(accounts.findById(target.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = IntegrationTest.ADMIN_EMAIL, roles = "ADMIN")
    void anAdminCannotDisableThemselves() {
        AdminUsersView view = navigate(AdminUsersView.class);
        test(view.search).setValue(IntegrationTest.ADMIN_EMAIL);
        test(view.grid).clickRow(0);
        test(view.toggleEnabled).click();
        assertThat(view.editorStatus.getText()).isEqualTo("You cannot disable your own account.");
        view.roles.setValue(Set.of(Role.MEMBER));
        test(view.saveRoles).click();
        assertThat(view.roles.getErrorMessage()).isEqualTo("At least one enabled administrator must remain.");
        assertThat(accounts.findByEmail(IntegrationTest.ADMIN_EMAIL).orElseThrow().roles())
                .contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "member@view.example", roles = "MEMBER")
    void membersCannotOpenTheView() {
        Throwable t = catchThrowable(() -> navigate(AdminUsersView.class));
        assertThat(t != null || !(getCurrentView() instanceof AdminUsersView)).isTrue();
    }
}
