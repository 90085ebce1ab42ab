package org.thirdspace.search.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's pure logic: no Elasticsearch needed. */
class NodeLogicTest {

    @TempDir
    Path tmp;

    @Test
    void parsesPidFiles() {
        assertThat(NodeProcesses.parsePid("12345\n")).isEqualTo(OptionalLong.of(12345));
        assertThat(NodeProcesses.parsePid("  42 ")).isEqualTo(OptionalLong.of(42));
        assertThat(NodeProcesses.parsePid("")).isEmpty();
        assertThat(NodeProcesses.parsePid(null)).isEmpty();
        assertThat(NodeProcesses.parsePid("0")).isEmpty();
        assertThat(NodeProcesses.parsePid("-3")).isEmpty();
        assertThat(NodeProcesses.parsePid("12a")).isEmpty();
        assertThat(NodeProcesses.parsePid("99999999999999999999999")).isEmpty();
    }

    @Test
    void readsMissingOrGarbledPidFilesAsEmpty() throws IOException {
        assertThat(NodeProcesses.readPidFile(tmp.resolve("none.pid"))).isEmpty();
        Path garbled = Files.writeString(tmp.resolve("x.pid"), "not a pid");
        assertThat(NodeProcesses.readPidFile(garbled)).isEmpty();
        Path good = Files.writeString(tmp.resolve("es.pid"), "777");
        assertThat(NodeProcesses.readPidFile(good)).isEqualTo(OptionalLong.of(777));
    }

    @Test
    void recognisesCommandLinesMentioningADirectory() {
        Path home = Path.of("/data/es/dist/elasticsearch-8.19.21");
        assertThat(NodeProcesses.mentions("java -Des.path.home=/data/es/dist/elasticsearch-8.19.21 -cp x", home)).isTrue();
        assertThat(NodeProcesses.mentions("/data/es/dist/elasticsearch-8.19.21/bin/elasticsearch -Efoo=bar", home)).isTrue();
        assertThat(NodeProcesses.mentions("java -cp /data/es/dist/elasticsearch-8.19.21", home)).isTrue();
        // a sibling directory with a longer name is not ours
        assertThat(NodeProcesses.mentions("java -Des.path.home=/data/es/dist/elasticsearch-8.19.21-old", home)).isFalse();
        assertThat(NodeProcesses.mentions("sleep 100", home)).isFalse();
    }

    @Test
    void picksDistinctFreeLoopbackPorts() throws IOException {
        int[] ports = NodeProcesses.freeLoopbackPorts(2);
        assertThat(ports).hasSize(2).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ports)).allMatch(p -> p > 0 && p < 65536);
        for (int port : ports) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(s.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void buildsAnUnprivilegedCommand() {
        NodeCommand.NodeLayout layout = new NodeCommand.NodeLayout(Path.of("/d/node"));
        NodeCommand cmd = NodeCommand.build(layout, Path.of("/d/dist/es"), Path.of("/jdk"), 9201, 9301, "256m",
                true, "/usr/bin/setpriv", Map.of("action.auto_create_index", "false"));
        assertThat(cmd.command()).startsWith("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "--pdeathsig=TERM", "--", "/d/dist/es/bin/elasticsearch");
        assertThat(cmd.command()).contains("-Ediscovery.type=single-node", "-Expack.security.enabled=false",
                "-Ehttp.host=127.0.0.1", "-Ehttp.port=9201", "-Etransport.port=9301",
                "-Epath.data=/d/node/data", "-Epath.logs=/d/node/logs",
                "-Ecluster.routing.allocation.disk.threshold_enabled=false", "-Eaction.auto_create_index=false");
        assertThat(cmd.command()).noneMatch(a -> a.contains("destructive_requires_name"));
        assertThat(cmd.command()).endsWith("-p", "/d/node/elasticsearch.pid");
        assertThat(cmd.environment()).containsEntry("ES_JAVA_HOME", "/jdk")
                .containsEntry("ES_PATH_CONF", "/d/node/config")
                .containsEntry("ES_TMPDIR", "/d/node/tmp")
                .containsEntry("ES_JAVA_OPTS", "-Xms256m -Xmx256m")
                .containsEntry("CLI_JAVA_OPTS", "-Djava.io.tmpdir=/d/node/tmp");
        assertThat(cmd.removedEnvironment()).contains("JAVA_TOOL_OPTIONS");
    }

    @Test
    void appliesTheEnvironmentWithoutInheritedJavaOptions() {
        NodeCommand cmd = NodeCommand.build(new NodeCommand.NodeLayout(Path.of("/n")), Path.of("/es"), Path.of("/jdk"),
                1, 2, "512m", false, null, Map.of());
        ProcessBuilder pb = new ProcessBuilder();
        pb.environment().put("JAVA_TOOL_OPTIONS", "-javaagent:x.jar");
        cmd.applyTo(pb);
        assertThat(pb.environment()).doesNotContainKey("JAVA_TOOL_OPTIONS").containsEntry("ES_PATH_CONF", "/n/config");
        assertThat(pb.command().getFirst()).isEqualTo("/es/bin/elasticsearch");
    }

    @Test
    void runsDirectlyButStillWithParentDeathSignalWhenNotRoot() {
        NodeCommand cmd = NodeCommand.build(new NodeCommand.NodeLayout(Path.of("/n")), Path.of("/es"), Path.of("/jdk"),
                1, 2, "512m", false, "/usr/bin/setpriv", Map.of());
        assertThat(cmd.command()).startsWith("/usr/bin/setpriv", "--pdeathsig=TERM", "--", "/es/bin/elasticsearch");
        assertThat(cmd.command()).noneMatch(a -> a.startsWith("--reuid"));
    }

    @Test
    void refusesRootWithoutSetpriv() {
        assertThatThrownBy(() -> NodeCommand.build(new NodeCommand.NodeLayout(Path.of("/n")), Path.of("/es"),
                Path.of("/jdk"), 1, 2, "512m", true, null, Map.of()))
                .hasMessageContaining("refuses to run as root").hasMessageContaining("setpriv");
    }

    @Test
    void marksOnlyBinFilesExecutable() {
        assertThat(DistributionInstaller.isExecutable("elasticsearch-8.19.21/bin/elasticsearch")).isTrue();
        assertThat(DistributionInstaller.isExecutable("elasticsearch-8.19.21/modules/x/bin/tool")).isTrue();
        assertThat(DistributionInstaller.isExecutable("elasticsearch-8.19.21/lib/elasticsearch.jar")).isFalse();
        assertThat(DistributionInstaller.isExecutable("elasticsearch-8.19.21/config/bin")).isFalse();
    }

    @Test
    void findsDirectoriesOthersCannotTraverse() throws IOException {
        Path open = Files.createDirectories(tmp.resolve("open/inner"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tmp.resolve("open"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(ElasticsearchNode.firstUnreachable(open)).isEmpty();
        Path closed = Files.createDirectories(tmp.resolve("closed/inner"));
        Files.setPosixFilePermissions(tmp.resolve("closed"), PosixFilePermissions.fromString("rwx------"));
        assertThat(ElasticsearchNode.firstUnreachable(closed)).contains(tmp.resolve("closed"));
        assertThatThrownBy(() -> ElasticsearchNode.requireReachable(closed, "install directory"))
                .isInstanceOf(ElasticsearchStartupException.class)
                .hasMessageContaining("uid 65534").hasMessageContaining("chmod o+x " + tmp.resolve("closed"));
    }

    @Test
    void readsTheClusterStatus() {
        assertThat(ElasticsearchNode.status("{\"cluster_name\":\"x\",\"status\":\"yellow\",\"timed_out\":false}")).isEqualTo("yellow");
        assertThat(ElasticsearchNode.status("{\"status\" : \"green\"}")).isEqualTo("green");
        assertThat(ElasticsearchNode.status("<html>")).isNull();
        assertThat(ElasticsearchNode.status(null)).isNull();
    }

    @Test
    void tailsTheLastTwentyLines() throws IOException {
        Path log = tmp.resolve("console.log");
        Files.write(log, IntStream.rangeClosed(1, 50).mapToObj(i -> "line " + i).toList());
        List<String> tail = ElasticsearchNode.tail(log);
        assertThat(tail).hasSize(20).startsWith("line 31").endsWith("line 50");
        assertThat(ElasticsearchNode.tail(tmp.resolve("missing.log"))).isEmpty();
    }

    @Test
    void validatesSettings() {
        NodeSettings.DistributionSource none = () -> {
            throw new IOException("none");
        };
        assertThatThrownBy(() -> NodeSettings.of(none, "x", tmp, tmp).withHeap("lots"))
                .hasMessageContaining("512m");
        NodeSettings s = NodeSettings.of(none, "x", Path.of("rel/dist"), Path.of("rel/node"));
        assertThat(s.installDir()).isAbsolute();
        assertThat(s.heap()).isEqualTo("512m");
        assertThat(s.startupTimeout()).hasSeconds(90);
    }
}
