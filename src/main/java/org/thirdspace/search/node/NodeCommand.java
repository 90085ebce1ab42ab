package org.thirdspace.search.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line and environment that start an Elasticsearch node: pure data, built from a
 * {@link NodeLayout}, so it can be checked without starting anything.
 *
 * @param command            the program and its arguments
 * @param environment        variables to set
 * @param removedEnvironment inherited variables to remove
 */
public record NodeCommand(List<String> command, Map<String, String> environment, Set<String> removedEnvironment) {

    /** JVM option variables that would leak our settings into the Elasticsearch JVMs. */
    static final Set<String> REMOVED = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "JAVA_HOME", "ES_HOME");

    /**
     * Builds the command.
     *
     * @param layout        the node's files
     * @param home          the extracted distribution
     * @param javaHome      a JDK 21+ for {@code ES_JAVA_HOME}
     * @param httpPort      HTTP port on 127.0.0.1
     * @param transportPort transport port on 127.0.0.1
     * @param heap          e.g. {@code 512m}
     * @param unprivileged  run as uid {@value NodeSettings#UNPRIVILEGED_UID} through setpriv
     * @param setpriv       path of setpriv when available (for {@code --pdeathsig}), else null
     * @param extra         further settings, appended last (so they win)
     */
    public static NodeCommand build(NodeLayout layout, Path home, Path javaHome, int httpPort, int transportPort,
                                    String heap, boolean unprivileged, String setpriv, Map<String, String> extra) {
        if (unprivileged && setpriv == null) {
            throw new IllegalStateException("Elasticsearch refuses to run as root and setpriv (util-linux) was not found "
                    + "to start it as uid " + NodeSettings.UNPRIVILEGED_UID + ". Install util-linux, run the application as "
                    + "an ordinary user, or configure spring.elasticsearch.uris to use an external cluster.");
        }
        List<String> cmd = new ArrayList<>();
        if (setpriv != null) {
            cmd.add(setpriv);
            if (unprivileged) {
                int id = NodeSettings.UNPRIVILEGED_UID;
                cmd.add("--reuid=" + id);
                cmd.add("--regid=" + id);
                cmd.add("--clear-groups");
            }
            // the node gets SIGTERM when the thread that started it (and so our JVM) dies
            cmd.add("--pdeathsig=TERM");
            cmd.add("--");
        }
        cmd.add(home.resolve("bin").resolve("elasticsearch").toString());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cluster.name", "thirdspace");
        settings.put("node.name", "thirdspace-managed");
        settings.put("discovery.type", "single-node");
        settings.put("xpack.security.enabled", "false");
        settings.put("http.host", "127.0.0.1");
        settings.put("http.port", Integer.toString(httpPort));
        settings.put("transport.host", "127.0.0.1");
        settings.put("transport.port", Integer.toString(transportPort));
        settings.put("path.data", layout.data().toString());
        settings.put("path.logs", layout.logs().toString());
        // a nearly full development disk must not turn the indices read-only
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        settings.putAll(extra);
        settings.forEach((k, v) -> cmd.add("-E" + k + "=" + v));
        cmd.add("-p");
        cmd.add(layout.pidFile().toString());

        Map<String, String> env = new LinkedHashMap<>();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.put("ES_PATH_CONF", layout.config().toString());
        env.put("ES_TMPDIR", layout.tmp().toString());
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + layout.tmp());
        return new NodeCommand(List.copyOf(cmd), env, REMOVED);
    }

    /** Applies the environment to a process builder. */
    public void applyTo(ProcessBuilder builder) {
        builder.command(command);
        Map<String, String> env = builder.environment();
        removedEnvironment.forEach(env::remove);
        env.putAll(environment);
    }

    /** The files of one node below its node directory. */
    public record NodeLayout(Path root) {
        public Path config() {
            return root.resolve("config");
        }

        public Path data() {
            return root.resolve("data");
        }

        public Path logs() {
            return root.resolve("logs");
        }

        public Path tmp() {
            return root.resolve("tmp");
        }

        public Path pidFile() {
            return root.resolve("elasticsearch.pid");
        }

        /** Everything the node prints (the CLI and the server), written by us. */
        public Path consoleLog() {
            return logs().resolve("console.log");
        }

        /** The server's own log (named after the cluster). */
        public Path serverLog() {
            return logs().resolve("thirdspace.log");
        }

        /** Elasticsearch's data directory lock. */
        public Path nodeLock() {
            return data().resolve("node.lock");
        }
    }
}
