package org.thirdspace.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets and their SHA-256 hashes. Secrets have 256 bits of entropy, so a plain hash is enough. */
public final class Tokens {

    /** Prefix of personal access tokens, so they are recognisable (e.g. by secret scanners). */
    public static final String PAT_PREFIX = "tsp_";
    /** How many characters of a personal access token are kept for display. */
    public static final int DISPLAY_PREFIX_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A URL-safe random secret of 32 bytes. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String newPersonalAccessToken() {
        return PAT_PREFIX + newSecret();
    }

    public static String displayPrefix(String token) {
        return token.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, token.length()));
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    public static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
