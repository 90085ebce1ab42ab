package org.thirdspace.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    /**
     * Accounts whose email or display name contains {@code text} (case-insensitive; blank = all),
     * ordered by display name, from {@code offset} (at most {@code limit}). For features that gate
     * it themselves, e.g. moderators' member search.
     */
    public List<AccountSummary> search(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        int page = Math.max(0, offset) / size;
        List<AccountSummary> result = accounts.findAll(AccountService.spec(new AccountFilter(text, null, null)),
                        PageRequest.of(page, size, Sort.by("displayName").and(Sort.by("id"))))
                .map(Account::toSummary).getContent();
        int skip = Math.max(0, offset) - page * size;
        return skip == 0 ? result : result.subList(Math.min(skip, result.size()), result.size());
    }

    /** How many accounts {@link #search} finds for {@code text}. */
    public long count(String text) {
        return accounts.count(AccountService.spec(new AccountFilter(text, null, null)));
    }

    /** Ids of the enabled accounts with the role (e.g. moderators to ask for a review), by id. */
    public List<Long> idsWithRole(Role role) {
        return accounts.findAll(AccountService.spec(new AccountFilter(null, role, Boolean.TRUE)), Sort.by("id"))
                .stream().map(Account::getId).toList();
    }

    /** Whether the account exists and has the role (e.g. {@link Role#BROKER}). */
    public boolean hasRole(long accountId, Role role) {
        return find(accountId).map(a -> a.hasRole(role)).orElse(false);
    }
}
