package org.thirdspace.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * One shared Spring context for the security and mail integration tests: in-memory H2 in MySQL mode with the
 * real Flyway migrations, captured mails, and a configured first admin. Keep it one context: Vaadin installs
 * its SecurityContextHolder strategy globally, so a second Spring context in the same JVM makes
 * {@code @WithMockUser} and method security see different holders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:authtest;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.messages.basename=i18n/security",
        "spring.flyway.locations=classpath:db/migration,classpath:db/auth-test",
        "thirdspace.data-dir=target/test-data",
        "thirdspace.public-url=https://thirdspace.example",
        "thirdspace.admin.email=" + AuthIntegrationTest.ADMIN_EMAIL,
        "thirdspace.admin.password=" + AuthIntegrationTest.ADMIN_PASSWORD,
        "thirdspace.admin.display-name=Ada Admin",
        "thirdspace.security.login-throttle.account-failures=5",
        "thirdspace.security.login-throttle.address-failures=20"})
@Import({TestI18nConfiguration.class, TestSupportConfiguration.class})
@AutoConfigureMockMvc
public @interface AuthIntegrationTest {

    String ADMIN_EMAIL = "admin@thirdspace.test";
    String ADMIN_PASSWORD = "Correct-Horse-Battery-9";
}
