package org.thirdspace.security.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ids of disabled accounts, kept in memory so every request can refuse a session that belongs to a disabled
 * account without a database round trip.
 */
@Component
public class DisabledAccounts {

    private final Set<Long> ids = ConcurrentHashMap.newKeySet();
    private final AccountRepository accounts;

    DisabledAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        ids.addAll(accounts.findDisabledIds());
    }

    public boolean contains(long accountId) {
        return ids.contains(accountId);
    }

    public void update(long accountId, boolean enabled) {
        if (enabled) {
            ids.remove(accountId);
        } else {
            ids.add(accountId);
        }
    }
}
