package org.thirdspace.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.thirdspace.mail.TestSmtp;

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
    TestSmtp testSmtp() {
        return new TestSmtp();
    }

    /**
     * The SMTP sender while a test has turned {@link TestSmtp} on; otherwise null, so the mail
     * service sees no sender and captures mails (a prototype: asked again for every mail).
     */
    @Bean
    @Scope("prototype")
    JavaMailSender testSmtpSender(TestSmtp smtp) {
        return smtp.currentSender();
    }

    @Bean
    TestAccounts testAccounts(AccountService accounts, TestMailbox mailbox) {
        return new TestAccounts(accounts, mailbox);
    }
}
