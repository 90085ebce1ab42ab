package org.thirdspace.search.node;

import java.nio.file.Path;

import org.thirdspace.testsupport.ElasticsearchTestNode;

/**
 * Started in a separate JVM by {@link ElasticsearchNodeLauncherTest}: launches a node in the
 * directory given as argument, prints {@code READY <cli pid> <server pid>} and waits to be killed.
 */
public final class OrphanNodeMain {

    private OrphanNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        NodeSettings template = ElasticsearchTestNode.settings("es-unused-");
        ElasticsearchTestNode.deleteQuietly(template.nodeDir());
        NodeSettings settings = new NodeSettings(template.distribution(), template.distributionName(), template.installDir(),
                Path.of(args[0]), template.heap(), template.startupTimeout(), template.runAs(), template.extraSettings());
        ElasticsearchNode node = ElasticsearchNode.start(settings);
        System.out.println("READY " + node.process().orElseThrow().pid() + " " + node.serverPid().orElseThrow());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
