package org.thirdspace.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test beans shared by the security and mail integration tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    TestMailbox testMailbox(JdbcTemplate jdbc) {
        return new TestMailbox(jdbc);
    }

    @Bean
    TestAccounts testAccounts(AccountService accounts, TestMailbox mailbox) {
        return new TestAccounts(accounts, mailbox);
    }
}
