package org.thirdspace.security;

import org.thirdspace.testsupport.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ApiAuthenticationTest {

    static final String PASSWORD = "Harbour-Violet-Engine-3";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static MockHttpServletRequestBuilder me(String address) {
        return get("/api/v1/me").accept(MediaType.APPLICATION_JSON).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void basicAuthReturnsTheCurrentAccount() throws Exception {
        AccountSummary a = testAccounts.verified("basic@api.example", "Basil Basic", PASSWORD);
        mvc.perform(me("10.2.0.1").with(httpBasic("basic@api.example", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(a.id()))
                .andExpect(jsonPath("$.email").value("basic@api.example"))
                .andExpect(jsonPath("$.displayName").value("Basil Basic"))
                .andExpect(jsonPath("$.roles[0]").value("MEMBER"))
                .andExpect(jsonPath("$.emailVerified").value(true))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void wrongOrMissingCredentialsGive401ProblemDocuments() throws Exception {
        testAccounts.verified("wrong@api.example", "Wanda Wrong", PASSWORD);
        mvc.perform(me("10.2.0.2").with(httpBasic("wrong@api.example", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(startsWith("Basic"))))
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(startsWith("Bearer"))));
        mvc.perform(me("10.2.0.2"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"));
    }

    @Test
    void fiveFailuresBlockTheAccountEvenWithTheRightPassword() throws Exception {
        testAccounts.verified("throttled@api.example", "Theo Throttled", PASSWORD);
        for (int i = 0; i < 5; i++) {
            mvc.perform(me("10.2.1." + i).with(httpBasic("throttled@api.example", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(me("10.2.1.99").with(httpBasic("throttled@api.example", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+")));
        // other accounts are not affected
        testAccounts.verified("free@api.example", "Fred Free", PASSWORD);
        mvc.perform(me("10.2.1.99").with(httpBasic("free@api.example", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void twentyFailuresBlockTheClientAddressForTokensAndPasswords() throws Exception {
        testAccounts.verified("victim@api.example", "Vic Victim", PASSWORD);
        String address = "10.2.2.1";
        for (int i = 0; i < 10; i++) {
            mvc.perform(me(address).with(httpBasic("nobody" + i + "@api.example", "x")))
                    .andExpect(status().isUnauthorized());
            mvc.perform(me(address).header("Authorization", "Bearer tsp_invalid" + i))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(me(address).with(httpBasic("victim@api.example", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(me(address).header("Authorization", "Bearer tsp_whatever"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(me("10.2.2.2").with(httpBasic("victim@api.example", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void personalAccessTokensCanBeCreatedUsedAndRevoked() throws Exception {
        testAccounts.verified("pat@api.example", "Pat Token", PASSWORD);
        CreatedAccessToken created = TestAccounts.as("pat@api.example", "MEMBER",
                () -> tokens.create("CI script", null));
        assertThat(created.secret()).startsWith("tsp_");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 10));
        // neither the secret nor anything longer than the prefix is stored
        assertThat(jdbc.queryForObject("select count(*) from personal_access_token where token_hash = ? "
                + "or token_prefix = ?", Integer.class, created.secret(), created.secret())).isZero();

        mvc.perform(me("10.2.3.1").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("pat@api.example"));
        assertThat(TestAccounts.as("pat@api.example", "MEMBER", () -> tokens.list()))
                .singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        TestAccounts.as("pat@api.example", "MEMBER", () -> tokens.revoke(created.token().id()));
        mvc.perform(me("10.2.3.1").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void expiredTokensAndTokensOfDisabledAccountsAreRefused() throws Exception {
        AccountSummary account = testAccounts.verified("expiry@api.example", "Ex Piry", PASSWORD);
        CreatedAccessToken shortLived = TestAccounts.as("expiry@api.example", "MEMBER",
                () -> tokens.create("short", Instant.now().plus(Duration.ofDays(1))));
        CreatedAccessToken longLived = TestAccounts.as("expiry@api.example", "MEMBER",
                () -> tokens.create("long", null));
        mvc.perform(me("10.2.4.1").header("Authorization", "Bearer " + shortLived.secret()))
                .andExpect(status().isOk());
        clock.advance(Duration.ofDays(2));
        mvc.perform(me("10.2.4.1").header("Authorization", "Bearer " + shortLived.secret()))
                .andExpect(status().isUnauthorized());
        clock.reset();

        TestAccounts.as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> accounts.setEnabled(account.id(), false));
        mvc.perform(me("10.2.4.2").header("Authorization", "Bearer " + longLived.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(me("10.2.4.3").with(httpBasic("expiry@api.example", PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownApiPathsGive404ProblemDocumentsOnceAuthenticated() throws Exception {
        testAccounts.verified("lost@api.example", "Lou Lost", PASSWORD);
        mvc.perform(get("/api/v1/does-not-exist").with(httpBasic("lost@api.example", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/does-not-exist")).andExpect(status().isUnauthorized());
    }

    @Test
    void openApiDocumentDeclaresBothSchemes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(content().string(containsString("/api/v1/me")));
    }
}
