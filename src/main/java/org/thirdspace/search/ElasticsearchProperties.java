package org.thirdspace.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thirdspace.elasticsearch.*}: index naming, the API key for an external cluster and the
 * managed node. The connection itself uses Spring Boot's usual keys
 * {@code spring.elasticsearch.uris}, {@code .username}, {@code .password}; when
 * {@code spring.elasticsearch.uris} is not set, the application starts its own node.
 */
@ConfigurationProperties("thirdspace.elasticsearch")
public class ElasticsearchProperties {

    /** Prefix of all index and alias names, e.g. {@code thirdspace-people}. */
    private String indexPrefix = "thirdspace";

    /** API key (the encoded form) sent as {@code Authorization: ApiKey …} to an external cluster. */
    private String apiKey;

    /** Connect timeout of the client. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** Socket (read) timeout of the client. */
    private Duration socketTimeout = Duration.ofSeconds(30);

    private final Embedded embedded = new Embedded();

    public String getIndexPrefix() {
        return indexPrefix;
    }

    public void setIndexPrefix(String indexPrefix) {
        this.indexPrefix = indexPrefix;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getSocketTimeout() {
        return socketTimeout;
    }

    public void setSocketTimeout(Duration socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public Embedded getEmbedded() {
        return embedded;
    }

    /** The managed node started when {@code spring.elasticsearch.uris} is not set. */
    public static class Embedded {

        /** Start a managed node when no {@code spring.elasticsearch.uris} is configured. */
        private boolean enabled = true;

        /** Where the distribution is extracted; default {@code ${thirdspace.data-dir}/elasticsearch/dist}. */
        private Path installDir;

        /** The node's config, data, logs and tmp; default {@code ${thirdspace.data-dir}/elasticsearch/node}. */
        private Path nodeDir;

        /** Java heap of the node (-Xms and -Xmx). */
        private String heap = "512m";

        /** How long start-up may wait for the node to report yellow or green. */
        private Duration startupTimeout = Duration.ofSeconds(90);

        /** Classpath resource of the server distribution zip (copied there by the Maven build). */
        private String distribution = "thirdspace/elasticsearch/elasticsearch-8.19.21.zip";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Path getInstallDir() {
            return installDir;
        }

        public void setInstallDir(Path installDir) {
            this.installDir = installDir;
        }

        public Path getNodeDir() {
            return nodeDir;
        }

        public void setNodeDir(Path nodeDir) {
            this.nodeDir = nodeDir;
        }

        public String getHeap() {
            return heap;
        }

        public void setHeap(String heap) {
            this.heap = heap;
        }

        public Duration getStartupTimeout() {
            return startupTimeout;
        }

        public void setStartupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
        }

        public String getDistribution() {
            return distribution;
        }

        public void setDistribution(String distribution) {
            this.distribution = distribution;
        }
    }
}
