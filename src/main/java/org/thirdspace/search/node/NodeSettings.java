package org.thirdspace.search.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link ElasticsearchNode} needs to know.
 *
 * @param distribution     opens the server distribution zip (e.g. a classpath resource)
 * @param distributionName a name for the distribution in messages, e.g. its resource path
 * @param installDir       where the distribution is extracted once (shared, reusable)
 * @param nodeDir          this node's files: config, data, logs, tmp, pid file
 * @param heap             Java heap for the server, e.g. {@code 512m}
 * @param startupTimeout   how long {@link ElasticsearchNode#awaitHealthy()} waits
 * @param runAs            who the node runs as (see {@link RunAs})
 * @param extraSettings    further {@code -E} settings, appended after ours
 */
public record NodeSettings(
        DistributionSource distribution,
        String distributionName,
        Path installDir,
        Path nodeDir,
        String heap,
        Duration startupTimeout,
        RunAs runAs,
        Map<String, String> extraSettings) {

    /** The user id the node runs as when the application itself runs as root. */
    public static final int UNPRIVILEGED_UID = 65534;

    public NodeSettings {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(distributionName, "distributionName");
        installDir = installDir.toAbsolutePath().normalize();
        nodeDir = nodeDir.toAbsolutePath().normalize();
        if (heap == null || !heap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("Elasticsearch heap must look like 512m or 1g, not '" + heap + "'");
        }
        startupTimeout = startupTimeout == null ? Duration.ofSeconds(90) : startupTimeout;
        runAs = runAs == null ? RunAs.AUTO : runAs;
        extraSettings = extraSettings == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(extraSettings));
    }

    /** Settings with the defaults: 512m heap, 90 s timeout, unprivileged when root, no extra settings. */
    public static NodeSettings of(DistributionSource distribution, String distributionName, Path installDir, Path nodeDir) {
        return new NodeSettings(distribution, distributionName, installDir, nodeDir, "512m", null, RunAs.AUTO, null);
    }

    public NodeSettings withHeap(String value) {
        return new NodeSettings(distribution, distributionName, installDir, nodeDir, value, startupTimeout, runAs, extraSettings);
    }

    public NodeSettings withStartupTimeout(Duration value) {
        return new NodeSettings(distribution, distributionName, installDir, nodeDir, heap, value, runAs, extraSettings);
    }

    public NodeSettings withExtraSettings(Map<String, String> value) {
        return new NodeSettings(distribution, distributionName, installDir, nodeDir, heap, startupTimeout, runAs, value);
    }

    /** Opens the distribution zip; the caller closes the stream. */
    @FunctionalInterface
    public interface DistributionSource {
        InputStream open() throws IOException;

        /** The distribution as a resource of the given class loader. */
        static DistributionSource classpath(String resource, ClassLoader loader) {
            return () -> {
                InputStream in = loader.getResourceAsStream(resource);
                if (in == null) {
                    throw new IOException("Elasticsearch distribution not found on the classpath: " + resource
                            + " (the Maven build copies it there during generate-resources; run ./mvnw generate-resources)");
                }
                return in;
            };
        }
    }

    /** Which user runs the node. */
    public enum RunAs {
        /** As uid {@value #UNPRIVILEGED_UID} when the JVM runs as root (Elasticsearch refuses root), else as ourselves. */
        AUTO,
        /** Always as the current user. */
        CURRENT_USER
    }
}
