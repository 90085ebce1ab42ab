package org.thirdspace.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The first administrator, created at start when no admin exists and email + password are set. */
@ConfigurationProperties("thirdspace.admin")
public record AdminProperties(String email, String password, @DefaultValue("Administrator") String displayName) {

    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", password=***, displayName=" + displayName + "]";
    }
}
