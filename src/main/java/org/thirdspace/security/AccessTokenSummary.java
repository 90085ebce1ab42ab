package org.thirdspace.security;

import java.time.Instant;

/** A personal access token as listed to its owner; never contains the secret. */
public record AccessTokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                                 Instant lastUsedAt, Instant revokedAt) {

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
