package org.thirdspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Writes made through the alias while a rebuild runs end up in the new index (none lost, none stale). */
@SpringBootTest(classes = SearchIndexesTest.Config.class)
class RebuildWithConcurrentWritesTest {

    @Autowired
    SearchIndexes indexes;
    @Autowired
    ElasticsearchClient client;

    @Test
    @SuppressWarnings("rawtypes")
    void writesDuringARebuildSurviveTheAliasSwap() throws Exception {
        IndexDefinition definition = new IndexDefinition("concurrent", SearchIndexesTest.MAPPING);
        try (BulkWriter writer = indexes.writer(definition)) {
            for (int i = 1; i <= 20; i++) {
                writer.index(Integer.toString(i), Map.of("name", "before " + i, "tag", "old"));
            }
        }
        CountDownLatch loaderStarted = new CountDownLatch(1);
        CountDownLatch concurrentWritesDone = new CountDownLatch(1);
        CompletableFuture<SearchIndexes.RebuildResult> rebuild = CompletableFuture.supplyAsync(() ->
                indexes.rebuild(definition, 5, writer -> {
                    for (int i = 1; i <= 10; i++) {
                        writer.index(Integer.toString(i), Map.of("name", "loaded " + i, "tag", "old"));
                    }
                    loaderStarted.countDown();
                    await(concurrentWritesDone);
                    // the loader read its source before the concurrent edits: stale copies of 7 and 3
                    for (int i = 11; i <= 20; i++) {
                        writer.index(Integer.toString(i), Map.of("name", "loaded " + i, "tag", "old"));
                    }
                    writer.index("7", Map.of("name", "stale 7", "tag", "old"));
                    writer.index("3", Map.of("name", "stale 3", "tag", "old"));
                }));
        assertThat(loaderStarted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(indexes.isRebuilding("concurrent")).isTrue();
        try (BulkWriter writer = indexes.writer(definition)) {
            writer.index("7", Map.of("name", "edited 7", "tag", "new"));
            writer.index("100", Map.of("name", "created 100", "tag", "new"));
            writer.delete("3");
        }
        // searches keep answering from the old index, which already has the edits
        indexes.refresh("concurrent");
        assertThat(get("7").found()).isTrue();
        assertThat(((Map) get("7").source()).get("name")).isEqualTo("edited 7");
        concurrentWritesDone.countDown();

        SearchIndexes.RebuildResult result = rebuild.get(60, TimeUnit.SECONDS);
        assertThat(indexes.concreteIndices("concurrent")).containsExactly(result.newIndex());
        assertThat(indexes.isRebuilding("concurrent")).isFalse();
        assertThat(((Map) get("7").source()).get("name")).isEqualTo("edited 7");
        assertThat(get("100").found()).isTrue();
        assertThat(get("3").found()).isFalse();
        assertThat(((Map) get("20").source()).get("name")).isEqualTo("loaded 20");

        // after the swap, writers write to the new index
        try (BulkWriter writer = indexes.writer(definition)) {
            writer.index("101", Map.of("name", "after 101", "tag", "new"));
        }
        assertThat(get("101").found()).isTrue();
    }

    private GetResponse<Map> get(String id) throws IOException {
        return client.get(g -> g.index(indexes.alias("concurrent")).id(id), Map.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
