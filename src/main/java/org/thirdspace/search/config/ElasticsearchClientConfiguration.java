package org.thirdspace.search.config;

import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.thirdspace.search.ElasticsearchHealthIndicator;
import org.thirdspace.search.ElasticsearchProperties;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.search.node.ElasticsearchNode;

/**
 * The Elasticsearch client beans. Spring Boot 4's own Elasticsearch auto-configuration lives in
 * {@code spring-boot-elasticsearch}, which this project does not depend on (it expects the 9.x
 * client, which the 8.19 server rejects), so nothing needs excluding; these beans are ours.
 * <p>
 * The address is {@code spring.elasticsearch.uris} when set (with optional
 * {@code spring.elasticsearch.username}/{@code password} or
 * {@code thirdspace.elasticsearch.api-key}), else the managed node's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
@Import(ManagedElasticsearchConfiguration.class)
public class ElasticsearchClientConfiguration {

    /** Where the client connects when neither the managed node nor uris are there. */
    static final String FALLBACK_URI = "http://localhost:9200";

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(Environment environment, ElasticsearchProperties properties,
                                       ObjectProvider<ElasticsearchNode> managedNode) {
        List<URI> uris = resolveUris(environment, managedNode.getIfAvailable());
        HttpHost[] hosts = uris.stream().map(u -> new HttpHost(u.getHost(), port(u), u.getScheme())).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        Binder binder = Binder.get(environment);
        String username = binder.bind("spring.elasticsearch.username", String.class).orElse(null);
        String password = binder.bind("spring.elasticsearch.password", String.class).orElse(null);
        String apiKey = properties.getApiKey();
        if (apiKey != null && !apiKey.isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey.strip())});
        }
        builder.setRequestConfigCallback(rc -> rc
                .setConnectTimeout((int) properties.getConnectTimeout().toMillis())
                .setSocketTimeout((int) properties.getSocketTimeout().toMillis()));
        if (username != null && !username.isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
            builder.setHttpClientConfigCallback(hc -> hc.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    ElasticsearchTransport elasticsearchTransport(RestClient restClient) {
        return new RestClientTransport(restClient, new Jackson3JsonpMapper());
    }

    @Bean
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    /** Named so that the actuator shows it as {@code elasticsearch}. */
    @Bean
    ElasticsearchHealthIndicator elasticsearchHealthIndicator(RestClient restClient) {
        return new ElasticsearchHealthIndicator(restClient);
    }

    @Bean
    SearchIndexes searchIndexes(ElasticsearchClient client, ElasticsearchProperties properties,
                                ObjectProvider<IndexDefinition> definitions) {
        return new SearchIndexes(client, properties.getIndexPrefix(), definitions.orderedStream().toList());
    }

    static List<URI> resolveUris(Environment environment, ElasticsearchNode managedNode) {
        if (managedNode != null) {
            return List.of(managedNode.baseUri());
        }
        List<String> configured = ManagedElasticsearchCondition.uris(Binder.get(environment));
        return (configured.isEmpty() ? List.of(FALLBACK_URI) : configured).stream().map(URI::create).toList();
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 9200;
    }
}
