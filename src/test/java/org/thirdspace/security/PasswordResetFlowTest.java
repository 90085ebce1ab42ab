package org.thirdspace.security;

import org.thirdspace.testsupport.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PasswordResetFlowTest {

    static final String OLD = "Copper-Willow-Signal-5";
    static final String NEW = "Granite-Pelican-Drift-8";

    @Autowired
    AccountService accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void resetLinkSetsANewPasswordOnce() throws Exception {
        testAccounts.verified("reset@school.example", "Rosa Reset", OLD);
        accounts.requestPasswordReset("Reset@School.example");
        TestMailbox.Mail mail = mailbox.latestTo("reset@school.example").orElseThrow();
        assertThat(mail.subject()).isEqualTo("Reset your ThirdSpace password");
        assertThat(mail.text()).contains("https://thirdspace.example/reset-password?token=");
        assertThat(mail.html()).contains("Hello Rosa Reset,").contains("<a href=\"https://thirdspace.example/");
        String token = mail.token();
        assertThat(accounts.isResetTokenValid(token)).isTrue();

        // the policy applies, and a refused password does not use up the link
        assertThatThrownBy(() -> accounts.resetPassword(token, "rosareset123"))
                .isInstanceOf(PasswordPolicyException.class);
        assertThat(accounts.isResetTokenValid(token)).isTrue();

        accounts.resetPassword(token, NEW);
        assertThat(accounts.isResetTokenValid(token)).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(token, "Another-Fine-Phrase-1"))
                .isInstanceOf(AccountException.InvalidToken.class);

        mvc.perform(SignUpFlowTest.login("reset@school.example", OLD, "10.3.0.1")).andExpect(unauthenticated());
        mvc.perform(SignUpFlowTest.login("reset@school.example", NEW, "10.3.0.1")).andExpect(authenticated());
    }

    @Test
    void unknownAddressesGetNoMailAndNoError() {
        accounts.requestPasswordReset("ghost@school.example");
        accounts.requestPasswordReset("");
        assertThat(mailbox.countTo("ghost@school.example")).isZero();
    }

    @Test
    void resetLinksExpireAfterOneHour() {
        testAccounts.verified("slow@school.example", "Sam Slow", OLD);
        accounts.requestPasswordReset("slow@school.example");
        String token = mailbox.latestTo("slow@school.example").orElseThrow().token();
        clock.advance(Duration.ofMinutes(61));
        assertThat(accounts.isResetTokenValid(token)).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(token, NEW))
                .isInstanceOf(AccountException.InvalidToken.class);
    }

    @Test
    void aNewRequestInvalidatesEarlierLinks() {
        testAccounts.verified("twice@school.example", "Tina Twice", OLD);
        accounts.requestPasswordReset("twice@school.example");
        String first = mailbox.latestTo("twice@school.example").orElseThrow().token();
        accounts.requestPasswordReset("twice@school.example");
        String second = mailbox.latestTo("twice@school.example").orElseThrow().token();
        assertThat(accounts.isResetTokenValid(first)).isFalse();
        assertThat(accounts.isResetTokenValid(second)).isTrue();
    }

    @Test
    void resetVerifiesAnUnverifiedAddress() {
        accounts.register("unverified@school.example", "Uma Unverified", OLD);
        accounts.requestPasswordReset("unverified@school.example");
        accounts.resetPassword(mailbox.latestTo("unverified@school.example").orElseThrow().token(), NEW);
        AccountSummary a = TestAccounts.as(IntegrationTest.ADMIN_EMAIL, "ADMIN",
                () -> accounts.findByEmail("unverified@school.example").orElseThrow());
        assertThat(a.emailVerified()).isTrue();
    }
}
