package org.thirdspace.notifications.email.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.notifications.NotificationKind;

/**
 * Signed one-click unsubscribe tokens: {@code base64url("accountId:KIND") "." base64url(HMAC-SHA256)}.
 * The key is {@code thirdspace.notifications.unsubscribe-secret}, or else a random secret stored
 * once in the database (the first instance that needs it creates it; the others read it).
 * Tokens do not expire: an unsubscribe link in an old mail keeps working.
 */
@Component
public class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** What a valid token stands for. */
    public record Subject(long accountId, NotificationKind kind) {
    }

    private final MailOutbox outbox;
    private final TransactionTemplate newTransaction;
    private final String configuredSecret;
    private volatile byte[] key;

    UnsubscribeTokens(MailOutbox outbox, PlatformTransactionManager transactions,
            @Value("${thirdspace.notifications.unsubscribe-secret:}") String configuredSecret) {
        this.outbox = outbox;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredSecret = configuredSecret;
    }

    public String token(long accountId, NotificationKind kind) {
        byte[] payload = (accountId + ":" + kind.name()).getBytes(StandardCharsets.US_ASCII);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(payload));
    }

    /** The account and kind of a genuine token; empty for anything malformed or forged. */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = B64D.decode(token.substring(0, dot));
            byte[] signature = B64D.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.US_ASCII).split(":", 2);
            return Optional.of(new Subject(Long.parseLong(parts[0]), NotificationKind.valueOf(parts[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = (configuredSecret.isBlank() ? storedSecret() : configuredSecret)
                            .getBytes(StandardCharsets.UTF_8);
                }
                k = key;
            }
        }
        return k;
    }

    private String storedSecret() {
        Optional<String> existing = newTransaction.execute(status -> outbox.secret());
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = B64.encodeToString(random);
        try {
            newTransaction.executeWithoutResult(status -> outbox.insertSecret(secret));
            log.info("Created the secret for unsubscribe links (set thirdspace.notifications.unsubscribe-secret to choose one)");
            return secret;
        } catch (DataIntegrityViolationException e) {
            // another instance created it first
            return newTransaction.execute(status -> outbox.secret()).orElseThrow();
        }
    }
}
