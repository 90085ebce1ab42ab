package org.thirdspace.security;

import java.time.Instant;
import java.util.Set;

/** What other modules and views may know about an account. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles, boolean enabled,
                             boolean emailVerified, Instant createdAt, Instant lastLoginAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
