package org.thirdspace.security;

/** Roles of an account. Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {
    MEMBER, BROKER, MODERATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
