package org.thirdspace.security;

import org.thirdspace.testsupport.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class FirstAdminBootstrapTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithMockUser(roles = "ADMIN")
    void createsTheConfiguredAdminVerifiedAndEnabled() {
        AccountSummary admin = accounts.findByEmail(IntegrationTest.ADMIN_EMAIL).orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(admin.emailVerified()).isTrue();
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.displayName()).isEqualTo("Ada Admin");
        assertThat(accounts.count(new AccountFilter(null, Role.ADMIN, null))).isEqualTo(1);
    }
}
