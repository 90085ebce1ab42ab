package org.thirdspace.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creates accounts through the real sign-up and verification flow. */
public class TestAccounts {

    private final AccountService accounts;
    private final TestMailbox mailbox;

    public TestAccounts(AccountService accounts, TestMailbox mailbox) {
        this.accounts = accounts;
        this.mailbox = mailbox;
    }

    public AccountSummary verified(String email, String displayName, String password) {
        accounts.register(email, displayName, password);
        return accounts.verifyEmail(mailbox.latestTo(email).orElseThrow().token());
    }

    /** Runs code as the given user (resolved by email through CurrentUser). */
    public static <T> T as(String email, String role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String email, String role, Runnable action) {
        as(email, role, () -> {
            action.run();
            return null;
        });
    }
}
