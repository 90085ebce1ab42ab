package org.thirdspace.security.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.thirdspace.security.Role;

/** The authenticated account as Spring Security sees it. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final List<GrantedAuthority> authorities;
    private final boolean enabled;

    public AccountPrincipal(Account account) {
        this.id = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.authorities = account.getRoles().stream().sorted()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        this.enabled = account.isEnabled() && account.isEmailVerified();
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasRole(Role role) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + id + "]";
    }
}
