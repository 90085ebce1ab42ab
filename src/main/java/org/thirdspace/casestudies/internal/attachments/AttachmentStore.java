package org.thirdspace.casestudies.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The attachment files on disk, under {@code thirdspace.case-studies.attachments-dir}. An upload is
 * received into a temporary file in {@code .incoming/} (counted and hashed as it arrives, refused
 * as soon as it grows past the limit), then moved atomically to {@code <key[0..2]>/<key>}, where
 * the key is random: the uploaded name never reaches the file system.
 */
@Component
public class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A received upload, complete but not yet stored. */
    public record Received(Path file, long size, String sha256) {
    }

    /** The upload has more bytes than allowed; nothing was kept. */
    public static class TooLargeException extends IOException {

        private final long maxBytes;

        TooLargeException(long maxBytes) {
            super("The file is larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private final Path root;
    private final long maxBytes;

    AttachmentStore(AttachmentSettings settings, Environment environment) {
        Path dir = settings.attachmentsDir() != null ? settings.attachmentsDir()
                : Path.of(environment.getProperty("thirdspace.data-dir", "./data"), "attachments");
        this.root = dir.toAbsolutePath().normalize();
        this.maxBytes = settings.attachmentsMaxSize().toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads the whole upload into a temporary file; removes it again on any failure. */
    public Received receive(InputStream content) throws IOException {
        Path incoming = Files.createDirectories(root.resolve(".incoming"));
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while ((n = content.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            delete(temp);
            throw e;
        }
    }

    /** A new random storage key. */
    public String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Moves a received file to its final place under the key (atomically where the file system can). */
    public Path store(Received received, String key) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        try {
            Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(received.file(), target);
        }
        return target;
    }

    /** Where the file of a key is (whether or not it exists). */
    public Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Deletes a file if it exists; a failure is logged, not thrown (used while cleaning up). */
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete attachment file {}: {}", file, e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
