package org.thirdspace.security;

import org.thirdspace.testsupport.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.mail.DevMailbox;

@IntegrationTest
class AdminAuthorizationTest {

    static final String PASSWORD = "Saffron-Glacier-Tunnel-4";

    @Autowired
    AccountService accounts;
    @Autowired
    DevMailbox devMailbox;
    @Autowired
    TestAccounts testAccounts;

    @Test
    @WithMockUser(username = "member@school.example", roles = {"MEMBER", "MODERATOR", "BROKER"})
    void nonAdminsAreRefused() {
        assertThatThrownBy(() -> accounts.find(AccountFilter.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.count(AccountFilter.any())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setRoles(1, Set.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(1, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.findByEmail("x@y.example")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> devMailbox.count()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> accounts.find(AccountFilter.any(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.changeDisplayName("Someone"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = IntegrationTest.ADMIN_EMAIL, roles = "ADMIN")
    void theLastAdminCannotBeRemovedOrDisabledAndAdminsCannotDisableThemselves() {
        AccountSummary admin = accounts.findByEmail(IntegrationTest.ADMIN_EMAIL).orElseThrow();
        assertThatThrownBy(() -> accounts.setRoles(admin.id(), Set.of(Role.MEMBER)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.admin.last-admin"));
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.admin.disable-self"));
        assertThat(accounts.findById(admin.id()).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = IntegrationTest.ADMIN_EMAIL, roles = "ADMIN")
    void adminsChangeRolesFilterAndDisableAccounts() {
        AccountSummary broker = testAccounts.verified("broker@school.example", "Bea Broker", PASSWORD);
        AccountSummary updated = accounts.setRoles(broker.id(), Set.of(Role.MEMBER, Role.BROKER));
        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.BROKER);

        assertThat(accounts.find(new AccountFilter("bea bro", null, null), 0, 50))
                .extracting(AccountSummary::email).containsExactly("broker@school.example");
        assertThat(accounts.find(new AccountFilter(null, Role.BROKER, null), 0, 50))
                .extracting(AccountSummary::email).contains("broker@school.example")
                .doesNotContain(IntegrationTest.ADMIN_EMAIL);
        assertThat(accounts.find(new AccountFilter("BROKER@SCHOOL", null, true), 0, 50)).hasSize(1);

        assertThat(accounts.setEnabled(broker.id(), false).enabled()).isFalse();
        assertThat(accounts.find(new AccountFilter("broker@school", null, false), 0, 50)).hasSize(1);
        assertThat(accounts.find(new AccountFilter("broker@school", null, true), 0, 50)).isEmpty();
        assertThat(accounts.setEnabled(broker.id(), true).enabled()).isTrue();

        // a second admin may be demoted while another one remains
        AccountSummary second = testAccounts.verified("second-admin@school.example", "Sid Second", PASSWORD);
        accounts.setRoles(second.id(), Set.of(Role.ADMIN));
        assertThat(accounts.setRoles(second.id(), Set.of(Role.MEMBER)).roles()).containsExactly(Role.MEMBER);
    }
}
