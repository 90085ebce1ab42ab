package org.thirdspace.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.security.internal.Account;
import org.thirdspace.security.internal.AccountRepository;

/**
 * Read access to accounts for other features that apply their own privacy rules (e.g. people
 * shows an email address only when its owner allows it). Never show its results unfiltered.
 */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountSummary> find(long accountId) {
        return accounts.findById(accountId).map(Account::toSummary);
    }

    public Map<Long, AccountSummary> findAll(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(Account::toSummary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** Whether the account exists and has the role (e.g. {@link Role#BROKER}). */
    public boolean hasRole(long accountId, Role role) {
        return find(accountId).map(a -> a.hasRole(role)).orElse(false);
    }
}
