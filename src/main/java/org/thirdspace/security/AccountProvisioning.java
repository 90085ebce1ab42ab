package org.thirdspace.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.security.internal.Account;
import org.thirdspace.security.internal.AccountRepository;

/**
 * Creates verified accounts in bulk for imports and the demo data, without sign-up mails.
 * The shared password is hashed once, so thousands of accounts take seconds, not minutes.
 */
@Service
public class AccountProvisioning {

    /** An account to create. */
    public record ProvisionedAccount(String email, String displayName, Set<Role> roles) {

        public ProvisionedAccount {
            if (!AccountService.isEmailAddress(email)) {
                throw new IllegalArgumentException("invalid email: " + email);
            }
            if (displayName == null || displayName.isBlank()) {
                throw new IllegalArgumentException("display name required");
            }
            roles = Set.copyOf(roles);
        }
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountProvisioning(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Creates the accounts (verified, enabled) with one password and returns their ids in the
     * same order. An {@link AccountRegistered} event is published for each.
     *
     * @throws AccountException.EmailTaken when one of the addresses is registered already
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> provision(List<ProvisionedAccount> toCreate, String password) {
        String hash = passwordEncoder.encode(password);
        var now = clock.instant();
        var ids = new ArrayList<Long>(toCreate.size());
        for (ProvisionedAccount wanted : toCreate) {
            if (accounts.existsByEmailKey(Account.key(wanted.email()))) {
                throw new AccountException.EmailTaken();
            }
            var account = new Account(wanted.email(), wanted.displayName(), hash, wanted.roles(), now);
            account.setEmailVerified(true);
            account = accounts.save(account);
            events.publishEvent(new AccountRegistered(account.getId(), account.getEmail(), account.getDisplayName()));
            ids.add(account.getId());
        }
        return ids;
    }
}
