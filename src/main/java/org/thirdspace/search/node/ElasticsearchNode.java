package org.thirdspace.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node running as a child process.
 * <p>
 * {@link #launch(NodeSettings)} returns at once: a dedicated long-lived thread extracts the
 * distribution (first time only), prepares the node directory, stops a stale node left by a
 * killed previous run, and spawns the node. The same thread then waits for the process, so
 * {@code setpriv --pdeathsig=TERM} (which fires when the spawning <em>thread</em> dies) ends the
 * node when our JVM dies, even by {@code kill -9}. {@link #awaitHealthy()} blocks until
 * {@code /_cluster/health?wait_for_status=yellow} answers; {@link #stop()} ends the whole
 * process tree (the CLI JVM and the server JVM it starts). The node registers no JVM shutdown
 * hook of its own: its owner stops it (the Spring context on close, the test support at JVM exit),
 * so that it is still there while the rest of the application shuts down; when the JVM ends
 * without that, the parent-death signal ends the node.
 * <p>
 * When the JVM runs as root, the node runs as uid {@value NodeSettings#UNPRIVILEGED_UID}
 * (Elasticsearch refuses root): its node directory is handed to that user, and the install
 * directory, the node directory's parents and the JDK must be reachable by it.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final int LOG_TAIL_LINES = 20;

    private final NodeSettings settings;
    private final NodeCommand.NodeLayout layout;
    private final int httpPort;
    private final int transportPort;
    private final boolean unprivileged;
    private final CompletableFuture<Process> spawned = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile Path home;
    private volatile boolean stopRequested;
    private volatile boolean healthy;
    /** The server JVM's pid, read from the pid file once healthy (it may outlive the CLI). */
    private volatile long serverPidWhenHealthy = -1;

    private ElasticsearchNode(NodeSettings settings) {
        this(settings, NodeProcesses.freeLoopbackPorts(2));
    }

    private ElasticsearchNode(NodeSettings settings, int[] ports) {
        this.settings = settings;
        this.layout = new NodeCommand.NodeLayout(settings.nodeDir());
        this.httpPort = ports[0];
        this.transportPort = ports[1];
        this.unprivileged = settings.runAs() == NodeSettings.RunAs.AUTO && isRoot();
    }

    /**
     * Starts a node in the background and returns at once; the ports are already chosen, so
     * {@link #baseUri()} is known. Call {@link #awaitHealthy()} before using it.
     */
    public static ElasticsearchNode launch(NodeSettings settings) {
        return launch(new ElasticsearchNode(settings));
    }

    /**
     * Starts a node on given ports (e.g. to restart a stopped node at the same address and on the
     * same data directory) and waits until it is healthy.
     */
    public static ElasticsearchNode startOn(NodeSettings settings, int httpPort, int transportPort) {
        ElasticsearchNode node = launch(new ElasticsearchNode(settings, new int[] {httpPort, transportPort}));
        node.awaitHealthy();
        return node;
    }

    private static ElasticsearchNode launch(ElasticsearchNode node) {
        NodeSettings settings = node.settings;
        Path javaHome = javaHome();
        if (node.unprivileged) {
            requireReachable(settings.installDir(), "install directory");
            requireReachable(settings.nodeDir().getParent(), "node directory's parent");
            requireReachable(javaHome, "Java runtime (ES_JAVA_HOME)");
        }
        Thread keeper = new Thread(() -> node.run(javaHome), "elasticsearch-node");
        keeper.setDaemon(true);
        keeper.start();
        return node;
    }

    /** Starts a node and waits until it is healthy. */
    public static ElasticsearchNode start(NodeSettings settings) {
        ElasticsearchNode node = launch(settings);
        node.awaitHealthy();
        return node;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public int httpPort() {
        return httpPort;
    }

    public int transportPort() {
        return transportPort;
    }

    public NodeCommand.NodeLayout layout() {
        return layout;
    }

    /** Whether the node runs as uid {@value NodeSettings#UNPRIVILEGED_UID}. */
    public boolean unprivileged() {
        return unprivileged;
    }

    /** Whether the process was spawned and is still alive. */
    public boolean isRunning() {
        Process p = spawned.getNow(null);
        return p != null && p.isAlive();
    }

    /** Whether {@link #awaitHealthy()} has succeeded. */
    public boolean isHealthy() {
        return healthy && isRunning();
    }

    /** The process we spawned (setpriv, which becomes the Elasticsearch CLI JVM), once spawned. */
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(spawned.getNow(null)).map(Process::toHandle);
    }

    /** The pid of the Elasticsearch server JVM, from its pid file, once written. */
    public OptionalLong serverPid() {
        return NodeProcesses.readPidFile(layout.pidFile());
    }

    /** Waits up to the configured startup timeout; see {@link #awaitHealthy(Duration)}. */
    public void awaitHealthy() {
        awaitHealthy(settings.startupTimeout());
    }

    /**
     * Waits until the cluster health is at least yellow.
     *
     * @throws ElasticsearchStartupException when the node fails or the time runs out (the node
     *                                       is then stopped); the message says why and shows the
     *                                       end of the node's log
     */
    public void awaitHealthy(Duration timeout) {
        if (healthy) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process;
        try {
            process = spawned.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            stop();
            Throwable cause = e.getCause();
            throw failure("it could not be launched: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            stop();
            throw failure("it was not launched within " + timeout.toSeconds() + " s (extracting the distribution?)", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting for it", e);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = baseUri().resolve("/_cluster/health?wait_for_status=yellow&timeout=2s");
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("its process exited with code " + process.exitValue() + " before it became healthy", null);
            }
            if (stopRequested) {
                throw failure("it was stopped while starting", null);
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                String status = status(response.body());
                if (response.statusCode() == 200 && ("green".equals(status) || "yellow".equals(status))) {
                    healthy = true;
                    serverPidWhenHealthy = serverPid().orElse(-1);
                    log.info("Elasticsearch node is up at {} (cluster status {}, pid {})", baseUri(), status,
                            serverPid().isPresent() ? serverPid().getAsLong() : process.pid());
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (ConnectException e) {
                last = "connection refused";
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting for it", e);
            }
            sleep(250);
        }
        stop();
        throw failure("it did not become healthy within " + timeout.toSeconds() + " s (last answer: " + last + ")", null);
    }

    /** The {@code status} field of a cluster health answer, or null. */
    static String status(String body) {
        Matcher m = STATUS.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Stops the node and all processes it started: SIGTERM to the CLI (which shuts the server
     * down), then waiting, then SIGKILL for anything left. Idempotent; safe to call from any
     * thread, also while the node is still starting.
     */
    public void stop() {
        boolean first;
        synchronized (this) {
            first = !stopRequested;
            stopRequested = true;
        }
        if (!first) {
            try {
                stopped.get(60, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // best effort
            }
            return;
        }
        try {
            Process process = spawned.getNow(null);
            if (process == null) {
                return;
            }
            Set<ProcessHandle> tree = new LinkedHashSet<>(NodeProcesses.withDescendants(process.toHandle()));
            // not the pid file: another node may have taken over our directory since
            if (serverPidWhenHealthy > 0) {
                ProcessHandle.of(serverPidWhenHealthy).filter(this::isOurs).ifPresent(tree::add);
            }
            List<ProcessHandle> left = NodeProcesses.terminate(new ArrayList<>(tree), Duration.ofSeconds(30));
            if (left.isEmpty()) {
                log.info("Elasticsearch node at {} stopped", baseUri());
            } else {
                log.warn("Elasticsearch processes still alive after stop: {}", left.stream().map(ProcessHandle::pid).toList());
            }
        } finally {
            healthy = false;
            stopped.complete(null);
        }
    }

    @Override
    public void close() {
        stop();
    }

    // --- the keeper thread ---------------------------------------------------------------

    private void run(Path javaHome) {
        Process process;
        try {
            Path installed = DistributionInstaller.install(settings.distribution(), settings.distributionName(), settings.installDir());
            this.home = installed;
            prepareNodeDirectory();
            NodeCommand command = NodeCommand.build(layout, installed, javaHome, httpPort, transportPort,
                    settings.heap(), unprivileged, setprivPath(), settings.extraSettings());
            ProcessBuilder builder = new ProcessBuilder();
            command.applyTo(builder);
            builder.directory(layout.root().toFile());
            builder.redirectErrorStream(true);
            builder.redirectOutput(layout.consoleLog().toFile());
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
            synchronized (this) {
                if (stopRequested) {
                    spawned.completeExceptionally(new IllegalStateException("stopped before start"));
                    return;
                }
                process = builder.start();
                spawned.complete(process);
            }
            log.info("Starting Elasticsearch node (pid {}, http {}, transport {}{}) in {}", process.pid(), httpPort,
                    transportPort, unprivileged ? ", as uid " + NodeSettings.UNPRIVILEGED_UID : "", layout.root());
        } catch (Throwable e) {
            spawned.completeExceptionally(e);
            return;
        }
        // stay alive as long as the node: the parent-death signal is bound to this thread
        while (true) {
            try {
                int code = process.waitFor();
                if (!stopRequested) {
                    log.warn("Elasticsearch node exited unexpectedly with code {}; see {}", code, layout.logs());
                }
                return;
            } catch (InterruptedException e) {
                // keep waiting: this thread must outlive the process
            }
        }
    }

    private void prepareNodeDirectory() throws IOException {
        for (Path dir : List.of(layout.root(), layout.config(), layout.data(), layout.logs(), layout.tmp())) {
            Files.createDirectories(dir);
        }
        stopStaleNode();
        Files.deleteIfExists(layout.pidFile());
        Files.deleteIfExists(layout.nodeLock());
        DistributionInstaller.copyTree(home.resolve("config"), layout.config(), "elasticsearch.keystore");
        Files.deleteIfExists(layout.consoleLog());
        if (unprivileged) {
            int id = NodeSettings.UNPRIVILEGED_UID;
            try (Stream<Path> all = Files.walk(layout.root())) {
                all.forEach(p -> {
                    try {
                        Files.setAttribute(p, "unix:uid", id);
                        Files.setAttribute(p, "unix:gid", id);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /**
     * A previous run killed with {@code kill -9} (or a crashed JVM without setpriv) may have left
     * its node running on our data directory: stop it, found through the pid file or by its
     * command line naming both our install directory and our node directory.
     */
    private void stopStaleNode() {
        Set<ProcessHandle> stale = new LinkedHashSet<>();
        OptionalLong pid = NodeProcesses.readPidFile(layout.pidFile());
        if (pid.isPresent()) {
            ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive)
                    .filter(p -> NodeProcesses.commandLine(p).map(c -> NodeProcesses.mentions(c, home)).orElse(false))
                    .ifPresent(p -> {
                        stale.add(p);
                        p.parent().filter(this::isOurs).ifPresent(stale::add);
                    });
        }
        long self = ProcessHandle.current().pid();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(p -> p.pid() != self).filter(this::isOurs).forEach(stale::add);
        }
        if (stale.isEmpty()) {
            return;
        }
        log.warn("Stopping a stale Elasticsearch node from a previous run: pids {}", stale.stream().map(ProcessHandle::pid).toList());
        List<ProcessHandle> all = new ArrayList<>();
        stale.forEach(p -> all.addAll(NodeProcesses.withDescendants(p)));
        List<ProcessHandle> left = NodeProcesses.terminate(all, Duration.ofSeconds(20));
        if (!left.isEmpty()) {
            throw new IllegalStateException("A stale Elasticsearch node using " + layout.root() + " does not stop: pids "
                    + left.stream().map(ProcessHandle::pid).toList());
        }
    }

    /** Whether a process is an Elasticsearch of our installation running on our node directory. */
    private boolean isOurs(ProcessHandle p) {
        Optional<String> cmd = NodeProcesses.commandLine(p);
        return cmd.isPresent() && home != null && NodeProcesses.mentions(cmd.get(), home)
                && NodeProcesses.mentions(cmd.get(), layout.root());
    }

    // --- helpers --------------------------------------------------------------------------

    private ElasticsearchStartupException failure(String why, Throwable cause) {
        StringBuilder msg = new StringBuilder("The managed Elasticsearch node at ").append(baseUri())
                .append(" failed to start: ").append(why).append(".\nNode directory: ").append(layout.root())
                .append("\nLogs: ").append(layout.consoleLog()).append(" (console) and ").append(layout.serverLog())
                .append(" (server)");
        List<String> tail = tail(layout.consoleLog());
        if (tail.isEmpty()) {
            tail = tail(layout.serverLog());
        }
        if (!tail.isEmpty()) {
            msg.append("\nLast lines of the log:\n  ").append(String.join("\n  ", tail));
        }
        return new ElasticsearchStartupException(msg.toString(), cause);
    }

    static List<String> tail(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElasticsearchStartupException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The running JVM's home when it is Java 21 or newer (Elasticsearch 8.19 needs 21+). */
    static Path javaHome() {
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        String env = System.getenv("ES_JAVA_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        throw new ElasticsearchStartupException("The managed Elasticsearch node needs Java 21 or newer, but this JVM is "
                + Runtime.version() + " and ES_JAVA_HOME is not set");
    }

    private static String setprivPath() {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, "setpriv");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /**
     * Makes sure uid {@value NodeSettings#UNPRIVILEGED_UID} can reach a directory: every existing
     * ancestor must be traversable by others (or owned by that uid).
     */
    static void requireReachable(Path dir, String what) {
        Optional<Path> blocked = firstUnreachable(dir);
        blocked.ifPresent(b -> {
            throw new ElasticsearchStartupException("The managed Elasticsearch node runs as uid " + NodeSettings.UNPRIVILEGED_UID
                    + " because the application runs as root, but that user cannot reach the " + what + " " + dir
                    + ": " + b + " is not traversable by others. Run 'chmod o+x " + b + "', or point thirdspace.data-dir "
                    + "(or thirdspace.elasticsearch.embedded.install-dir / node-dir) to a path it can reach, or run the "
                    + "application as an ordinary user, or use an external cluster (spring.elasticsearch.uris).");
        });
    }

    /** The first existing ancestor (from the root down) of a path that others cannot traverse. */
    static Optional<Path> firstUnreachable(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        List<Path> chain = new ArrayList<>();
        for (Path p = abs; p != null; p = p.getParent()) {
            chain.addFirst(p);
        }
        for (Path p : chain) {
            if (!Files.exists(p)) {
                break;
            }
            try {
                PosixFileAttributes attrs = Files.readAttributes(p, PosixFileAttributes.class);
                Object owner = Files.getAttribute(p, "unix:uid");
                boolean ownedByNode = owner instanceof Integer i && i == NodeSettings.UNPRIVILEGED_UID;
                if (!ownedByNode && !attrs.permissions().contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return Optional.of(p);
                }
            } catch (IOException | UnsupportedOperationException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
