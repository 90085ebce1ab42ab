package org.thirdspace.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/** Authenticates personal access tokens; invalid tokens count as failures of the client address. */
public class PersonalAccessTokenAuthenticationProvider implements AuthenticationProvider {

    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final PersonalAccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PersonalAccessTokenAuthenticationProvider(PersonalAccessTokenRepository tokens,
                                                     AccountRepository accounts, LoginThrottle throttle,
                                                     TransactionTemplate tx, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.throttle = throttle;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = AccountAuthenticationProvider.clientAddress(authentication);
        Optional<Duration> blocked = throttle.blockedFor(null, address);
        if (blocked.isPresent()) {
            throw new LoginThrottledException(blocked.get());
        }
        Object credentials = authentication.getCredentials();
        String secret = credentials == null ? "" : credentials.toString();
        Instant now = Instant.now(clock);
        AccountPrincipal principal = tx.execute(status -> {
            PersonalAccessToken token = secret.startsWith(Tokens.PAT_PREFIX)
                    ? tokens.findByTokenHash(Tokens.sha256(secret)).orElse(null) : null;
            if (token == null || !token.isActive(now)) {
                return null;
            }
            Account account = accounts.findById(token.getAccountId()).orElse(null);
            if (account == null) {
                return null;
            }
            if (!account.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
            if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                token.used(now);
            }
            return new AccountPrincipal(account);
        });
        if (principal == null) {
            throttle.failed(null, address);
            throw new BadCredentialsException("Invalid access token");
        }
        principal.eraseCredentials();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PersonalAccessTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
