package org.thirdspace.finder;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.thirdspace.search.BulkWriter;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.IndexedFeature;

/** A tiny indexed feature whose reindex can be held open, to observe a running reindex. */
public class GateFeature implements IndexedFeature {

    static final IndexDefinition DEFINITION = new IndexDefinition("gate",
            "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0}}");
    private static volatile CountDownLatch gate = new CountDownLatch(0);

    /** Holds every following reindex of this feature until {@link #open()}. */
    static void close() {
        gate = new CountDownLatch(1);
    }

    static void open() {
        gate.countDown();
    }

    @Override
    public IndexDefinition definition() {
        return DEFINITION;
    }

    @Override
    public long documentCount() {
        return 3;
    }

    @Override
    public void writeAll(BulkWriter writer) {
        writer.index("1", Map.of("n", 1));
        writer.flush();
        try {
            gate.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.index("2", Map.of("n", 2));
        writer.index("3", Map.of("n", 3));
    }
}
