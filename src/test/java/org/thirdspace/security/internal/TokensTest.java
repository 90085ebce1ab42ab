package org.thirdspace.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void hashesWithSha256Hex() {
        // SHA-256("abc") from FIPS 180-2
        assertThat(Tokens.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Tokens.sha256("x")).hasSize(64).isNotEqualTo(Tokens.sha256("y"));
    }

    @Test
    void secretsAreUrlSafeRandomAndLong() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String s = Tokens.newSecret();
            assertThat(s).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(s)).isTrue();
        }
    }

    @Test
    void personalAccessTokensHaveARecognisablePrefixAndADisplayPrefix() {
        String token = Tokens.newPersonalAccessToken();
        assertThat(token).startsWith("tsp_").hasSize(47);
        assertThat(Tokens.displayPrefix(token)).hasSize(10).isEqualTo(token.substring(0, 10));
    }
}
