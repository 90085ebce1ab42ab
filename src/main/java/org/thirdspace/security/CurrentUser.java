package org.thirdspace.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.security.internal.Account;
import org.thirdspace.security.internal.AccountPrincipal;
import org.thirdspace.security.internal.AccountRepository;

/** The account of the current request or UI session, if someone is logged in. */
@Component
public class CurrentUser {

    private final AccountRepository accounts;

    CurrentUser(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The current account, read fresh from the database; empty for anonymous users. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> get() {
        return id().flatMap(accounts::findById).map(Account::toSummary);
    }

    /** Id of the current account; empty for anonymous users. */
    @Transactional(readOnly = true)
    public Optional<Long> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.id());
        }
        // e.g. test users: resolve by name
        return accounts.findByEmailKey(Account.key(auth.getName())).map(Account::getId);
    }

    /** Whether the current request or UI session is authenticated with any of the roles. */
    public static boolean hasAnyRole(Role... roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        for (var granted : auth.getAuthorities()) {
            for (Role role : roles) {
                if (role.authority().equals(granted.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Display name of the current account, if logged in. */
    public Optional<String> displayName() {
        return get().map(AccountSummary::displayName);
    }
}
