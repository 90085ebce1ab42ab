package org.thirdspace.security;

/** Published when an administrator disables an account. */
public record AccountDisabled(long accountId) {
}
