package org.thirdspace.security.internal;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API request carrying {@code Authorization: Bearer <personal access token>}, before authentication. */
public class PersonalAccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient String token;

    public PersonalAccessTokenAuthentication(String token, Object details) {
        super(List.of());
        this.token = token;
        setDetails(details);
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return Tokens.displayPrefix(token == null ? "" : token);
    }

    @Override
    public void eraseCredentials() {
        token = null;
    }
}
