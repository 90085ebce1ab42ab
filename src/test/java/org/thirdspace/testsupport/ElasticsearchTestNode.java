package org.thirdspace.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.thirdspace.search.node.ElasticsearchNode;
import org.thirdspace.search.node.NodeSettings;

/**
 * The one real Elasticsearch node of a test JVM.
 * <p>
 * Started lazily on the first call of {@link #uri()} (normally by the first Spring test context
 * that resolves {@code spring.elasticsearch.uris}, see {@link ElasticsearchTestContextCustomizerFactory}),
 * with the same launcher the application uses ({@link ElasticsearchNode}); stopped when the JVM
 * exits. The distribution is extracted once to {@code target/elasticsearch-dist} and reused by
 * later runs; the node's files live in a fresh temporary directory {@code target/es-test-node-*},
 * deleted at exit. {@link #indexPrefix()} is random per JVM, so test runs never see each other's
 * indices. A test JVM killed with {@code kill -9} takes its node with it ({@code --pdeathsig}).
 */
public final class ElasticsearchTestNode {

    /** The distribution resource the Maven build copies to {@code target/classes}. */
    public static final String DISTRIBUTION = "thirdspace/elasticsearch/elasticsearch-8.19.21.zip";

    private static final String PREFIX = "it-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private static volatile ElasticsearchNode node;
    private static NodeSettings nodeSettings;

    private ElasticsearchTestNode() {
    }

    /** The node's base URI, starting the node (and waiting until it is healthy) on first use. */
    public static synchronized URI uri() {
        if (node == null) {
            node = startNode();
        }
        return node.baseUri();
    }

    /** The running node, starting it on first use. */
    public static synchronized ElasticsearchNode node() {
        uri();
        return node;
    }

    /** The index prefix of this test JVM ({@code it-<8 hex digits>}). */
    public static String indexPrefix() {
        return PREFIX;
    }

    /** Settings for a test node in a fresh directory under {@code target/}. */
    public static NodeSettings settings(String dirPrefix) {
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            Path nodeDir = Files.createTempDirectory(target, dirPrefix);
            // world-traversable: the node may run as an unprivileged user
            Files.setPosixFilePermissions(nodeDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            return NodeSettings.of(NodeSettings.DistributionSource.classpath(DISTRIBUTION, ElasticsearchTestNode.class.getClassLoader()),
                            DISTRIBUTION, target.resolve("elasticsearch-dist"), nodeDir)
                    .withHeap("512m")
                    .withStartupTimeout(Duration.ofSeconds(120));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a test node directory under target/", e);
        }
    }

    /** Deletes a directory tree, ignoring what cannot be deleted. */
    public static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Stops the node (for tests of what happens while search is down); {@link #restart()} brings it back. */
    public static synchronized void stop() {
        node().stop();
    }

    /**
     * Starts the node again at the same address on the same data directory (indices kept), after
     * {@link #stop()}. Tests that stop the node must call this in {@code finally}.
     */
    public static synchronized void restart() {
        ElasticsearchNode old = node();
        old.stop();
        node = ElasticsearchNode.startOn(nodeSettings, old.httpPort(), old.transportPort());
    }

    private static ElasticsearchNode startNode() {
        NodeSettings settings = settings("es-test-node-");
        nodeSettings = settings;
        ElasticsearchNode started = ElasticsearchNode.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ElasticsearchNode current = node;
            if (current != null) {
                current.stop();
            }
            started.stop();
            deleteQuietly(settings.nodeDir());
        }, "elasticsearch-test-node-cleanup"));
        return started;
    }
}
