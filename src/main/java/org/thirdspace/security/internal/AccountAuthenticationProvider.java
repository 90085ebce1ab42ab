package org.thirdspace.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.security.AccountLoggedIn;

/**
 * Email + password authentication (form login and HTTP Basic), throttled per account and per client address.
 * The account's status (disabled, not verified) is only revealed after the right password.
 */
public class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String dummyHash;
    private final ApplicationEventPublisher events;

    public AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
                                         LoginThrottle throttle, TransactionTemplate tx, Clock clock,
                                         ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.tx = tx;
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode("not-a-real-password-" + Tokens.newSecret());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String key = Account.key(email);
        String address = clientAddress(authentication);

        Optional<java.time.Duration> blocked = throttle.blockedFor(key, address);
        if (blocked.isPresent()) {
            throw new LoginThrottledException(blocked.get());
        }
        AccountPrincipal principal = tx.execute(status -> {
            Account account = accounts.findByEmailKey(key).orElse(null);
            if (account == null) {
                passwordEncoder.matches(password, dummyHash); // similar timing for unknown addresses
                return null;
            }
            if (!passwordEncoder.matches(password, account.getPasswordHash())) {
                account.loginFailed();
                return null;
            }
            if (!account.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
            if (!account.isEmailVerified()) {
                throw new AccountNotVerifiedException();
            }
            if (passwordEncoder.upgradeEncoding(account.getPasswordHash())) {
                account.setPasswordHash(passwordEncoder.encode(password));
            }
            Instant now = Instant.now(clock);
            account.loggedIn(now);
            events.publishEvent(new AccountLoggedIn(account.getId(), now));
            return new AccountPrincipal(account);
        });
        if (principal == null) {
            throttle.failed(key, address);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(key);
        principal.eraseCredentials();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
