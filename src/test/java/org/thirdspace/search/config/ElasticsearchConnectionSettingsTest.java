package org.thirdspace.search.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.thirdspace.search.node.NodeSettings;

/** Which cluster the client uses and how the managed node is configured: pure property logic. */
class ElasticsearchConnectionSettingsTest {

    @Test
    void theManagedNodeStartsOnlyWithoutUrisAndWhenEnabled() {
        assertThat(managed(new MockEnvironment())).isTrue();
        assertThat(managed(new MockEnvironment().withProperty("spring.elasticsearch.uris", "http://es:9200"))).isFalse();
        assertThat(managed(new MockEnvironment().withProperty("spring.elasticsearch.uris[0]", "http://es:9200"))).isFalse();
        assertThat(managed(new MockEnvironment().withProperty("spring.elasticsearch.uris", ""))).isTrue();
        assertThat(managed(new MockEnvironment().withProperty("thirdspace.elasticsearch.embedded.enabled", "false"))).isFalse();
    }

    @Test
    void usesTheConfiguredUrisOrLocalhost() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.elasticsearch.uris", "http://a:9200, https://b");
        assertThat(ElasticsearchClientConfiguration.resolveUris(env, null))
                .containsExactly(URI.create("http://a:9200"), URI.create("https://b"));
        assertThat(ElasticsearchClientConfiguration.resolveUris(new MockEnvironment(), null))
                .containsExactly(URI.create("http://localhost:9200"));
    }

    @Test
    void managedNodeSettingsFollowTheDataDirUnlessOverridden() {
        MockEnvironment env = new MockEnvironment().withProperty("thirdspace.data-dir", "/srv/ts");
        NodeSettings s = ManagedElasticsearchBootstrap.settings(env, getClass().getClassLoader());
        assertThat(s.installDir()).isEqualTo(Path.of("/srv/ts/elasticsearch/dist"));
        assertThat(s.nodeDir()).isEqualTo(Path.of("/srv/ts/elasticsearch/node"));
        assertThat(s.heap()).isEqualTo("512m");
        assertThat(s.startupTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.distributionName()).isEqualTo("thirdspace/elasticsearch/elasticsearch-8.19.21.zip");

        env.withProperty("thirdspace.elasticsearch.embedded.install-dir", "/opt/es")
                .withProperty("thirdspace.elasticsearch.embedded.node-dir", "/var/lib/es")
                .withProperty("thirdspace.elasticsearch.embedded.heap", "1g")
                .withProperty("thirdspace.elasticsearch.embedded.startup-timeout", "2m");
        s = ManagedElasticsearchBootstrap.settings(env, getClass().getClassLoader());
        assertThat(s.installDir()).isEqualTo(Path.of("/opt/es"));
        assertThat(s.nodeDir()).isEqualTo(Path.of("/var/lib/es"));
        assertThat(s.heap()).isEqualTo("1g");
        assertThat(s.startupTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    private static boolean managed(MockEnvironment env) {
        return ManagedElasticsearchCondition.matches(env);
    }
}
