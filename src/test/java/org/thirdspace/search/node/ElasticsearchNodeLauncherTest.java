package org.thirdspace.search.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thirdspace.testsupport.ElasticsearchTestNode;

/**
 * The launcher against the real distribution: start, health, stop without leftovers, and the
 * crash cases (a stale pid file and lock, a node left running by a previous run, and the parent
 * JVM killed with {@code kill -9}). Each node start takes about 10 s.
 */
@org.junit.jupiter.api.Tag("es-node") // the node's own lifecycle: no database involved, so not repeated on MariaDB
class ElasticsearchNodeLauncherTest {

    private final List<ElasticsearchNode> started = new ArrayList<>();
    private final List<Path> dirs = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(ElasticsearchNode::stop);
        dirs.forEach(ElasticsearchTestNode::deleteQuietly);
    }

    @Test
    void startsHealthyAndStopsTheWholeProcessTreeEvenAfterAStalePidFileAndLock() throws Exception {
        NodeSettings settings = settings();
        // leftovers of a crashed run: a pid file naming a live process that is not ours, a lock file
        Path nodeDir = settings.nodeDir();
        Files.createDirectories(nodeDir.resolve("data"));
        Files.writeString(nodeDir.resolve("elasticsearch.pid"), Long.toString(ProcessHandle.current().pid()));
        Files.writeString(nodeDir.resolve("data/node.lock"), "");

        ElasticsearchNode node = start(settings);

        assertThat(node.isHealthy()).isTrue();
        assertThat(get(node.baseUri().resolve("/_cluster/health"))).contains("\"status\":\"green\"");
        ProcessHandle cli = node.process().orElseThrow();
        ProcessHandle server = ProcessHandle.of(node.serverPid().orElseThrow()).orElseThrow();
        assertThat(server.parent().map(ProcessHandle::pid)).contains(cli.pid());
        if (node.unprivileged()) {
            assertThat(uid(server)).isEqualTo(NodeSettings.UNPRIVILEGED_UID);
            assertThat(uid(cli)).isEqualTo(NodeSettings.UNPRIVILEGED_UID);
        }

        node.stop();

        assertThat(cli.isAlive()).isFalse();
        assertThat(server.isAlive()).isFalse();
        assertThat(node.isRunning()).isFalse();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void stopsANodeLeftRunningByAPreviousRunOnTheSameDirectory() throws Exception {
        NodeSettings settings = settings();
        ElasticsearchNode previous = start(settings);
        ProcessHandle oldCli = previous.process().orElseThrow();
        ProcessHandle oldServer = ProcessHandle.of(previous.serverPid().orElseThrow()).orElseThrow();

        // as if the previous JVM had crashed without taking its node along
        ElasticsearchNode next = start(settings);

        assertThat(oldServer.isAlive()).isFalse();
        assertThat(oldCli.isAlive()).isFalse();
        assertThat(next.isHealthy()).isTrue();
        assertThat(next.baseUri()).isNotEqualTo(previous.baseUri());
        assertThat(get(next.baseUri().resolve("/_cluster/health"))).contains("\"number_of_nodes\":1");

        // stopping the old handle must not touch the node that took over the directory
        previous.stop();
        assertThat(next.isHealthy()).isTrue();
        assertThat(get(next.baseUri().resolve("/_cluster/health"))).contains("\"number_of_nodes\":1");
    }

    @Test
    void theNodeDiesWithItsParentJvmAndTheNextStartWorks() throws Exception {
        NodeSettings settings = settings();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process parent = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                OrphanNodeMain.class.getName(), settings.nodeDir().toString())
                .redirectErrorStream(true).start();
        ProcessHandle cli;
        ProcessHandle server;
        try {
            String ready = awaitReady(parent);
            String[] pids = ready.split(" ");
            cli = ProcessHandle.of(Long.parseLong(pids[1])).orElseThrow();
            server = ProcessHandle.of(Long.parseLong(pids[2])).orElseThrow();
        } finally {
            parent.destroyForcibly(); // kill -9
            parent.waitFor(20, TimeUnit.SECONDS);
        }

        assertThat(cli.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();

        ElasticsearchNode next = start(settings);
        assertThat(next.isHealthy()).isTrue();
    }

    @Test
    void aFailedStartSaysWhyAndShowsTheEndOfTheLog() {
        NodeSettings settings = settings().withExtraSettings(java.util.Map.of("thirdspace.no.such.setting", "1"));
        ElasticsearchNode node = ElasticsearchNode.launch(settings);
        started.add(node);

        assertThatThrownBy(node::awaitHealthy)
                .isInstanceOf(ElasticsearchStartupException.class)
                .hasMessageContaining("failed to start: its process exited with code")
                .hasMessageContaining(node.layout().consoleLog().toString())
                .hasMessageContaining("Last lines of the log")
                .hasMessageContaining("thirdspace.no.such.setting");
        assertThat(node.isRunning()).isFalse();
    }

    private NodeSettings settings() {
        NodeSettings s = ElasticsearchTestNode.settings("es-launcher-test-");
        dirs.add(s.nodeDir());
        return s;
    }

    private ElasticsearchNode start(NodeSettings settings) {
        ElasticsearchNode node = ElasticsearchNode.launch(settings);
        started.add(node);
        node.awaitHealthy();
        return node;
    }

    private static String awaitReady(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child JVM did not report a running node:\n" + seen);
    }

    private static int uid(ProcessHandle process) throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc", Long.toString(process.pid())), "unix:uid");
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
