package org.thirdspace.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.thirdspace.finder.FinderTestConfiguration;
import org.thirdspace.security.TestSupportConfiguration;

/**
 * The one Spring context of the project's integration, view and browser tests: the whole app on
 * a random port with the "test" profile (H2 in memory, or MariaDB when CI adds the "mysql"
 * profile), the test JVM's real Elasticsearch node, captured mails, MockMvc and a configured
 * first admin (see {@code application-test.yaml}).
 *
 * <p>Keep it one context: Vaadin installs its {@code SecurityContextHolder} strategy globally,
 * so a second full context in the same JVM makes {@code @WithMockUser} and method security see
 * different holders. Tests share the database: create your own data with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestSupportConfiguration.class, FinderTestConfiguration.class})
public @interface IntegrationTest {

    String ADMIN_EMAIL = "admin@thirdspace.test";
    String ADMIN_PASSWORD = "Correct-Horse-Battery-9";
}
