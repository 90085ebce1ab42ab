package org.thirdspace.everywhere.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The per-type searches' threads run as the caller, in the whole application (where Vaadin has
 * replaced the security context holder's strategy), in the caller's locale, and leave nothing behind.
 */
@IntegrationTest
class EverywhereExecutorTest {

    @Autowired
    EverywhereExecutor executor;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;

    @Test
    void tasksRunAsTheCallerInTheCallersLocale() throws Exception {
        Someone someone = ProfileFixtures.person(accounts, people, "Tamsin Thread");
        Optional<Long> seen = as(someone.email(), "MEMBER", () -> get(() -> currentUser.id()));
        assertThat(seen).contains(someone.accountId());

        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Locale.GERMANY);
        try {
            Locale inTask = get(() -> LocaleContextHolder.getLocale());
            assertThat(inTask).isEqualTo(Locale.GERMANY);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
        // a visitor's task runs as a visitor, and a task does not inherit an earlier one's user
        assertThat(get(() -> currentUser.id())).isEmpty();
        Object authentication = get(() -> SecurityContextHolder.getContext().getAuthentication());
        assertThat(authentication).isNull();
    }

    private <T> T get(java.util.concurrent.Callable<T> task) {
        try {
            return executor.submit(task).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
