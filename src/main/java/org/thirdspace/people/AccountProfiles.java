package org.thirdspace.people;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thirdspace.security.AccountRegistered;

/**
 * Every account gets its person profile in the same transaction that creates the account, so
 * there is never an account without a profile (a synchronous listener on purpose).
 */
@Component
class AccountProfiles {

    private final PeopleService people;

    AccountProfiles(PeopleService people) {
        this.people = people;
    }

    @EventListener
    void on(AccountRegistered registered) {
        people.ensureProfile(registered.accountId(), registered.displayName());
    }
}
