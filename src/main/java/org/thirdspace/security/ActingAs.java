package org.thirdspace.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.security.internal.AccountPrincipal;
import org.thirdspace.security.internal.AccountRepository;

/**
 * Runs code with the permissions of another account, for background work that must see what
 * that account would see, e.g. notifications (issue 8) asking a feature's ordinary, permission
 * checked service whether the recipient may see an item before telling them about it. The
 * previous security context is restored afterwards. Never for requests: there the user is who
 * they logged in as.
 */
@Component
public class ActingAs {

    private final AccountRepository accounts;

    ActingAs(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The action's result as the account would get it; empty when the account does not exist or
     * is disabled or unverified (it could not log in). Exceptions of the action (e.g. access
     * denied, a feature's NOT_FOUND) reach the caller.
     */
    public <T> Optional<T> call(long accountId, Supplier<T> action) {
        var account = accounts.findById(accountId).orElse(null);
        if (account == null) {
            return Optional.empty();
        }
        var principal = new AccountPrincipal(account);
        if (!principal.isEnabled()) {
            return Optional.empty();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Optional.ofNullable(action.get());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
