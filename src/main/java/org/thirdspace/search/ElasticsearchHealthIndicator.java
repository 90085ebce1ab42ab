package org.thirdspace.search;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health of the Elasticsearch cluster from {@code GET /_cluster/health} (not {@code GET /},
 * which the minimal distribution does not serve): UP for green and yellow (a single node can
 * never allocate replicas), DOWN for red or when the cluster cannot be reached.
 */
public class ElasticsearchHealthIndicator implements HealthIndicator {

    private static final List<String> DETAILS = List.of("cluster_name", "status", "number_of_nodes",
            "number_of_data_nodes", "active_primary_shards", "active_shards", "relocating_shards",
            "initializing_shards", "unassigned_shards", "timed_out");

    private final RestClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    public ElasticsearchHealthIndicator(RestClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        try {
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("timeout", "5s");
            Response response = client.performRequest(request);
            Map<?, ?> body;
            try (InputStream in = response.getEntity().getContent()) {
                body = json.readValue(in, Map.class);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            for (String key : DETAILS) {
                if (body.containsKey(key)) {
                    details.put(key, body.get(key));
                }
            }
            Object status = body.get("status");
            Health.Builder builder = "green".equals(status) || "yellow".equals(status) ? Health.up() : Health.down();
            return builder.withDetails(details).build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }
}
