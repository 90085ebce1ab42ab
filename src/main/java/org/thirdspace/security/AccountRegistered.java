package org.thirdspace.security;

/** Published when someone signs up or an account is created by the system (first admin). */
public record AccountRegistered(long accountId, String email, String displayName) {
}
