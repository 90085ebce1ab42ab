package org.thirdspace.security;

import java.time.Instant;

/**
 * Published (in the login's transaction) when someone logged in with email and password, by form
 * or HTTP Basic; other features use it for "last active".
 */
public record AccountLoggedIn(long accountId, Instant at) {
}
