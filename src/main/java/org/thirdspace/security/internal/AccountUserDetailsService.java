package org.thirdspace.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts by email; used by remember-me (and by {@code @WithUserDetails} in tests). */
@Component
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmailKey(Account.key(username)).map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
