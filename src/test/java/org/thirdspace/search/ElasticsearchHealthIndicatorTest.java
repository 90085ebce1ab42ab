package org.thirdspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.thirdspace.search.config.ElasticsearchClientConfiguration;
import org.thirdspace.search.node.NodeProcesses;

/** The {@code elasticsearch} health indicator against the real test node and against nothing. */
@SpringBootTest(classes = ElasticsearchClientConfiguration.class)
class ElasticsearchHealthIndicatorTest {

    @Autowired
    ApplicationContext context;

    @Test
    void isUpWithClusterDetails() {
        // the actuator names a contributor after its bean name without "HealthIndicator"
        ElasticsearchHealthIndicator indicator = context.getBean("elasticsearchHealthIndicator", ElasticsearchHealthIndicator.class);

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("cluster_name", "thirdspace").containsEntry("number_of_nodes", 1)
                .containsKeys("status", "active_shards", "unassigned_shards");
    }

    @Test
    void isDownWhenTheClusterCannotBeReached() throws IOException {
        int unused = NodeProcesses.freeLoopbackPorts(1)[0];
        try (RestClient nowhere = RestClient.builder(new HttpHost("127.0.0.1", unused, "http")).build()) {
            Health health = new ElasticsearchHealthIndicator(nowhere).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
        }
    }
}
