package org.thirdspace.security;

/** A freshly created personal access token: {@code secret} is shown once and never stored. */
public record CreatedAccessToken(AccessTokenSummary token, String secret) {

    @Override
    public String toString() {
        return "CreatedAccessToken[token=" + token + ", secret=***]";
    }
}
