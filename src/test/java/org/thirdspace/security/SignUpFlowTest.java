package org.thirdspace.security;

import org.thirdspace.testsupport.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdspace.security.internal.AccountNotVerifiedException;

@IntegrationTest
@RecordApplicationEvents
class SignUpFlowTest {

    static final String PASSWORD = "Meadow-Kettle-Quartz-7";

    @Autowired
    AccountService accounts;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
    }

    @Test
    void signUpThenVerifyThenLogIn() throws Exception {
        AccountSummary created = accounts.register("Jane.Doe@School.example", "Jane Doe", PASSWORD);
        assertThat(created.emailVerified()).isFalse();
        assertThat(created.roles()).containsExactly(Role.MEMBER);
        assertThat(events.stream(AccountRegistered.class))
                .contains(new AccountRegistered(created.id(), "Jane.Doe@School.example", "Jane Doe"));

        TestMailbox.Mail mail = mailbox.latestTo("jane.doe@school.example").orElseThrow();
        assertThat(mail.subject()).isEqualTo("Verify your email address for ThirdSpace");
        assertThat(mail.text()).contains("Hello Jane Doe,").contains("https://thirdspace.example/verify?token=");
        String token = mail.token();
        // only the hash is stored
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class,
                token)).isZero();

        // not verified yet: refused with a specific reason, even with the right password
        mvc.perform(login("jane.doe@school.example", PASSWORD, "10.1.0.1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(AccountNotVerifiedException.class)));

        assertThat(accounts.verifyEmail(token).emailVerified()).isTrue();
        assertThatThrownBy(() -> accounts.verifyEmail(token)).isInstanceOf(AccountException.InvalidToken.class);

        mvc.perform(login("JANE.DOE@school.example", PASSWORD, "10.1.0.1"))
                .andExpect(authenticated().withUsername("Jane.Doe@School.example").withRoles("MEMBER"));
        mvc.perform(login("jane.doe@school.example", "wrong-password-123", "10.1.0.1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void emailAddressesAreUniqueIgnoringCase() {
        accounts.register("dup@school.example", "First", PASSWORD);
        assertThatThrownBy(() -> accounts.register("DUP@School.Example", "Second", PASSWORD))
                .isInstanceOf(AccountException.EmailTaken.class);
    }

    @Test
    void weakPasswordsAreRefusedWithReasons() {
        assertThatThrownBy(() -> accounts.register("weak@school.example", "Weak", "password123"))
                .isInstanceOfSatisfying(PasswordPolicyException.class,
                        e -> assertThat(e.messageKeys()).contains("security.password.common"));
        assertThat(mailbox.countTo("weak@school.example")).isZero();
    }

    @Test
    void verificationLinksExpireAfter24Hours() {
        accounts.register("late@school.example", "Late Larry", PASSWORD);
        String token = mailbox.latestTo("late@school.example").orElseThrow().token();
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThatThrownBy(() -> accounts.verifyEmail(token)).isInstanceOf(AccountException.InvalidToken.class);
    }

    @Test
    void resendingInvalidatesTheOldLink() {
        accounts.register("resend@school.example", "Resend Rita", PASSWORD);
        String first = mailbox.latestTo("resend@school.example").orElseThrow().token();
        accounts.resendVerification("RESEND@school.example");
        String second = mailbox.latestTo("resend@school.example").orElseThrow().token();
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> accounts.verifyEmail(first)).isInstanceOf(AccountException.InvalidToken.class);
        assertThat(accounts.verifyEmail(second).emailVerified()).isTrue();
        // nothing is sent for verified or unknown addresses
        accounts.resendVerification("resend@school.example");
        accounts.resendVerification("nobody@school.example");
        assertThat(mailbox.countTo("resend@school.example")).isEqualTo(2);
        assertThat(mailbox.countTo("nobody@school.example")).isZero();
    }

    @Test
    void disablingAnAccountEndsItsSessionAndItsRememberedLogins() throws Exception {
        accounts.register("disabled@school.example", "Dora Disabled", PASSWORD);
        AccountSummary account = accounts.verifyEmail(
                mailbox.latestTo("disabled@school.example").orElseThrow().token());
        MvcResult result = mvc.perform(login("disabled@school.example", PASSWORD, "10.1.0.3")
                        .param("remember-me", "on"))
                .andExpect(authenticated())
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/actuator/health").session(session)).andExpect(authenticated());

        TestAccounts.as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> accounts.setEnabled(account.id(), false));
        mvc.perform(get("/actuator/health").session(session)).andExpect(unauthenticated());
        mvc.perform(get("/actuator/health").cookie(result.getResponse().getCookie("remember-me")))
                .andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?",
                Integer.class, "disabled@school.example")).isZero();
        mvc.perform(login("disabled@school.example", PASSWORD, "10.1.0.3"))
                .andExpect(unauthenticated())
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(org.springframework.security.authentication.DisabledException.class)));
    }

    @Test
    void rememberMeIssuesAPersistentTokenThatLogsInAgain() throws Exception {
        accounts.register("remember@school.example", "Remy Member", PASSWORD);
        accounts.verifyEmail(mailbox.latestTo("remember@school.example").orElseThrow().token());

        MvcResult result = mvc.perform(login("remember@school.example", PASSWORD, "10.1.0.2")
                        .param("remember-me", "on"))
                .andExpect(authenticated())
                .andExpect(cookie().exists("remember-me"))
                .andReturn();
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?",
                Integer.class, "remember@school.example")).isEqualTo(1);

        Cookie rememberMe = result.getResponse().getCookie("remember-me");
        mvc.perform(get("/actuator/health").cookie(rememberMe))
                .andExpect(authenticated().withUsername("remember@school.example"));
    }
}
