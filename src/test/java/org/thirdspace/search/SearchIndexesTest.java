package org.thirdspace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.thirdspace.search.config.ElasticsearchClientConfiguration;
import org.thirdspace.search.node.ElasticsearchNode;
import org.thirdspace.testsupport.ElasticsearchTestNode;

/** Versioned indices behind aliases, against the test JVM's real node. */
@SpringBootTest(classes = SearchIndexesTest.Config.class)
class SearchIndexesTest {

    /** Uses only what the minimal distribution has: the standard analyzer. */
    static final String MAPPING = """
            {
              "settings": {"number_of_shards": 1, "number_of_replicas": 0},
              "mappings": {"properties": {
                "name": {"type": "text", "analyzer": "standard"},
                "tag":  {"type": "keyword"}
              }}
            }""";

    static final IndexDefinition DECLARED = new IndexDefinition("declared", MAPPING);

    @Configuration(proxyBeanMethods = false)
    @Import(ElasticsearchClientConfiguration.class)
    static class Config {
        @Bean
        IndexDefinition declaredIndex() {
            return DECLARED;
        }
    }

    @Autowired
    SearchIndexes indexes;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    ApplicationContext context;

    @Test
    void usesTheTestNodeAndThePrefixOfThisTestJvm() {
        assertThat(context.getBeansOfType(ElasticsearchNode.class)).isEmpty();
        assertThat(indexes.prefix()).isEqualTo(ElasticsearchTestNode.indexPrefix());
        assertThat(indexes.alias("people")).isEqualTo(ElasticsearchTestNode.indexPrefix() + "-people");
    }

    @Test
    void declaredIndicesExistAfterStartUp() {
        List<String> concrete = indexes.concreteIndices("declared");
        assertThat(concrete).singleElement().asString().startsWith(indexes.alias("declared") + "-");
        assertThat(indexes.ensure(DECLARED)).isEqualTo(concrete.getFirst());
    }

    @Test
    void writesAndSearchesThroughTheAlias() throws IOException {
        IndexDefinition people = new IndexDefinition("people-write", MAPPING);
        try (BulkWriter writer = indexes.writer(people)) {
            writer.index("1", Map.of("name", "Ada Lovelace", "tag", "mentor"));
            writer.index("2", Map.of("name", "Alan Turing", "tag", "researcher"));
        }
        indexes.refresh("people-write");
        assertThat(names(search("people-write", "lovelace"))).containsExactly("Ada Lovelace");

        try (BulkWriter writer = indexes.writer(people)) {
            writer.delete("1");
            writer.delete("does-not-exist");
        }
        indexes.refresh("people-write");
        assertThat(search("people-write", "lovelace").hits().hits()).isEmpty();
    }

    @Test
    void rebuildSwapsTheAliasWhileSearchesKeepWorkingAndDeletesTheOldIndex() throws IOException {
        IndexDefinition people = new IndexDefinition("people-rebuild", MAPPING);
        String first = indexes.ensure(people);
        try (BulkWriter writer = indexes.writer(people)) {
            writer.index("old-1", Map.of("name", "Old Ada", "tag", "x"));
        }
        indexes.refresh("people-rebuild");

        AtomicLong searchedDuringRebuild = new AtomicLong();
        SearchIndexes.RebuildResult result = indexes.rebuild(people, 2, writer -> {
            for (int i = 0; i < 5; i++) {
                writer.index("new-" + i, Map.of("name", "New Ada " + i, "tag", "y"));
                try {
                    // meanwhile the alias still answers from the old index
                    assertThat(names(search("people-rebuild", "ada"))).containsExactly("Old Ada");
                    searchedDuringRebuild.incrementAndGet();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });

        assertThat(searchedDuringRebuild).hasValue(5);
        assertThat(result.operations()).isEqualTo(5);
        assertThat(result.removed()).containsExactly(first);
        assertThat(result.newIndex()).isNotEqualTo(first).startsWith(indexes.alias("people-rebuild") + "-");
        assertThat(indexes.concreteIndices("people-rebuild")).containsExactly(result.newIndex());
        assertThat(client.indices().exists(e -> e.index(first)).value()).isFalse();
        assertThat(names(search("people-rebuild", "ada"))).hasSize(5).allMatch(n -> n.startsWith("New Ada"));
    }

    @Test
    void aFailedRebuildLeavesTheAliasAsItWasAndRemovesTheUnfinishedIndex() throws IOException {
        IndexDefinition groups = new IndexDefinition("groups", MAPPING);
        String current = indexes.ensure(groups);
        List<String> before = allIndices();

        assertThatThrownBy(() -> indexes.rebuild(groups, writer -> {
            writer.index("1", Map.of("name", "Partnership"));
            writer.flush();
            throw new IllegalStateException("source unavailable");
        })).hasMessageContaining("source unavailable");

        assertThat(indexes.concreteIndices("groups")).containsExactly(current);
        assertThat(allIndices()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void rebuildReplacesAPlainIndexThatHasTheAliasName() throws IOException {
        String alias = indexes.alias("legacy");
        client.indices().create(c -> c.index(alias));
        assertThatThrownBy(() -> indexes.ensure(new IndexDefinition("legacy", MAPPING)))
                .isInstanceOf(SearchIndexException.class).hasMessageContaining("not an alias");

        SearchIndexes.RebuildResult result = indexes.rebuild(new IndexDefinition("legacy", MAPPING),
                writer -> writer.index("1", Map.of("name", "Case study")));

        assertThat(indexes.concreteIndices("legacy")).containsExactly(result.newIndex());
        assertThat(names(search("legacy", "case"))).containsExactly("Case study");
    }

    @Test
    void bulkFailuresAreReported() {
        IndexDefinition strict = new IndexDefinition("strict", """
                {"mappings": {"dynamic": "strict", "properties": {"name": {"type": "text"}}}}""");
        assertThatThrownBy(() -> {
            try (BulkWriter writer = indexes.writer(strict)) {
                writer.index("1", Map.of("unknown", "field"));
            }
        }).isInstanceOf(SearchIndexException.class).hasMessageContaining("strict_dynamic_mapping_exception");
    }

    private SearchResponse<Map> search(String name, String text) throws IOException {
        return client.search(s -> s.index(indexes.alias(name)).query(q -> q.match(m -> m.field("name").query(text))), Map.class);
    }

    private static List<String> names(SearchResponse<Map> response) {
        return response.hits().hits().stream().map(h -> (String) h.source().get("name")).sorted().toList();
    }

    private List<String> allIndices() throws IOException {
        return client.indices().get(g -> g.index(ElasticsearchTestNode.indexPrefix() + "-*")).result().keySet().stream().toList();
    }
}
