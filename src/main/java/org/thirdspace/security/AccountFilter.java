package org.thirdspace.security;

/**
 * Filter for the admin account list. All parts are optional ({@code null} = any).
 *
 * @param text part of the email or display name, case-insensitive
 */
public record AccountFilter(String text, Role role, Boolean enabled) {

    public static AccountFilter any() {
        return new AccountFilter(null, null, null);
    }
}
