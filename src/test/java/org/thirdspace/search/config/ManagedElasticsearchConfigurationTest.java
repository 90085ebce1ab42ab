package org.thirdspace.search.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.thirdspace.search.ElasticsearchHealthIndicator;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.search.node.ElasticsearchNode;
import org.thirdspace.testsupport.ElasticsearchTestNode;

/**
 * The managed node through Spring, as the application runs it: no {@code spring.elasticsearch.uris},
 * so the context launches its own node under {@code thirdspace.data-dir}, is only started once the
 * node is healthy, and stops it on close. Built without the test framework on purpose (the test
 * context customizer would point it at the shared test node).
 */
@org.junit.jupiter.api.Tag("es-node") // the node's own lifecycle: no database involved, so not repeated on MariaDB
class ManagedElasticsearchConfigurationTest {

    private Path dataDir;

    @AfterEach
    void cleanUp() {
        if (dataDir != null) {
            ElasticsearchTestNode.deleteQuietly(dataDir);
        }
    }

    @Test
    void startsTheManagedNodeBeforeTheContextIsReadyAndStopsItOnClose() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        dataDir = Files.createTempDirectory(target, "managed-data-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        ElasticsearchNode node;
        ProcessHandle cli;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ElasticsearchClientConfiguration.class)
                .web(WebApplicationType.NONE)
                .run("--thirdspace.data-dir=" + dataDir,
                        "--thirdspace.elasticsearch.embedded.install-dir=" + target.resolve("elasticsearch-dist"),
                        "--thirdspace.elasticsearch.index-prefix=managed")) {
            node = context.getBean(ElasticsearchNode.class);
            cli = node.process().orElseThrow();

            assertThat(node.isHealthy()).isTrue();
            assertThat(node.layout().root()).isEqualTo(dataDir.resolve("elasticsearch/node"));
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            assertThat(client.cluster().health().status().jsonValue()).isIn("green", "yellow");
            assertThat(context.getBean(ElasticsearchHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
            assertThat(context.getBean(SearchIndexes.class).prefix()).isEqualTo("managed");
        }
        assertThat(cli.isAlive()).isFalse();
        assertThat(node.isRunning()).isFalse();
    }
}
