package org.thirdspace.search.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the Elasticsearch distribution zip once into an install directory.
 * <p>
 * Extraction goes to a temporary directory next to the target, which is renamed into place
 * only when complete and marked with {@value #MARKER}; a half-extracted directory from an
 * interrupted run is never used. A file lock serialises concurrent installers (two JVMs).
 * Permissions are normalised (directories 755, files 644, anything under a {@code bin}
 * directory 755) so that an unprivileged user can run the result.
 */
public final class DistributionInstaller {

    static final String MARKER = ".thirdspace-installed";
    private static final Logger log = LoggerFactory.getLogger(DistributionInstaller.class);
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private DistributionInstaller() {
    }

    /**
     * Makes sure the distribution is extracted under {@code installDir} and returns its home
     * directory (the zip's single top-level folder, e.g. {@code elasticsearch-8.19.21}).
     */
    public static Path install(NodeSettings.DistributionSource source, String sourceName, Path installDir) throws IOException {
        Files.createDirectories(installDir);
        try (FileChannel channel = FileChannel.open(installDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            String top = topLevelFolder(source);
            Path home = installDir.resolve(top);
            if (Files.isRegularFile(home.resolve(MARKER))) {
                return home;
            }
            if (Files.exists(home)) {
                log.warn("Removing incomplete Elasticsearch installation {}", home);
                deleteRecursively(home);
            }
            long t0 = System.nanoTime();
            Path tmp = Files.createTempDirectory(installDir, ".extract-");
            try {
                extract(source, tmp);
                Path extracted = tmp.resolve(top);
                Files.writeString(extracted.resolve(MARKER), sourceName + System.lineSeparator());
                Files.setPosixFilePermissions(extracted.resolve(MARKER), FILE);
                try {
                    Files.move(extracted, home, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isRegularFile(home.resolve(MARKER))) {
                        throw e;
                    }
                }
            } finally {
                deleteRecursively(tmp);
            }
            log.info("Extracted Elasticsearch {} to {} in {} ms", sourceName, home, (System.nanoTime() - t0) / 1_000_000);
            return home;
        }
    }

    private static String topLevelFolder(NodeSettings.DistributionSource source) throws IOException {
        try (InputStream in = source.open(); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                throw new IOException("The Elasticsearch distribution zip is empty");
            }
            String name = first.getName();
            int slash = name.indexOf('/');
            String top = slash < 0 ? name : name.substring(0, slash);
            if (top.isBlank() || top.startsWith(".")) {
                throw new IOException("Unexpected layout of the Elasticsearch distribution zip: " + name);
            }
            return top;
        }
    }

    private static void extract(NodeSettings.DistributionSource source, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (InputStream in = source.open(); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("Zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, DIR);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, isExecutable(entry.getName()) ? DIR : FILE);
                }
            }
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isDirectory).forEach(dir -> {
                try {
                    Files.setPosixFilePermissions(dir, DIR);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Whether a zip entry must be executable: anything in a {@code bin} folder. */
    static boolean isExecutable(String entryName) {
        String[] parts = entryName.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equals("bin")) {
                return true;
            }
        }
        return false;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Copies the files of a directory tree, skipping a file name. */
    static void copyTree(Path from, Path to, String skipName) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (p.getFileName().toString().equals(skipName)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

}
