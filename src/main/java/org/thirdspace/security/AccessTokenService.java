package org.thirdspace.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.security.internal.PersonalAccessToken;
import org.thirdspace.security.internal.PersonalAccessTokenRepository;
import org.thirdspace.security.internal.Tokens;

/** Personal access tokens of the current account, for the API ({@code Authorization: Bearer <token>}). */
@Service
@Transactional
public class AccessTokenService {

    public static final int MAX_NAME = 100;

    private final PersonalAccessTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessTokenService(PersonalAccessTokenRepository tokens, CurrentUser currentUser, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Creates a token. The secret is returned once; only its SHA-256 hash and a display prefix are stored.
     *
     * @param expiresAt optional; must lie in the future
     */
    @PreAuthorize("isAuthenticated()")
    public CreatedAccessToken create(String name, Instant expiresAt) {
        if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
            throw new IllegalArgumentException("invalid token name");
        }
        Instant now = Instant.now(clock);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new AccountException("security.tokens.expiry-past");
        }
        long accountId = accountId();
        String secret = Tokens.newPersonalAccessToken();
        PersonalAccessToken token = tokens.save(new PersonalAccessToken(accountId, name.trim(),
                Tokens.displayPrefix(secret), Tokens.sha256(secret), now, expiresAt));
        return new CreatedAccessToken(token.toSummary(), secret);
    }

    /** The current account's tokens, newest first (revoked and expired ones included). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccessTokenSummary> list() {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId()).stream()
                .map(PersonalAccessToken::toSummary).toList();
    }

    /** Revokes one of the current account's tokens. */
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        PersonalAccessToken token = tokens.findByIdAndAccountId(tokenId, accountId())
                .orElseThrow(AccountException.NotFound::new);
        token.revoke(Instant.now(clock));
    }

    private long accountId() {
        return currentUser.id().orElseThrow(AccountException.NotFound::new);
    }
}
