package org.thirdspace.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Collects index and delete operations for one index (or alias) and sends them in bulk requests
 * of {@code batchSize} operations. {@link #close()} sends the rest. Not thread-safe.
 * Documents are serialised with the client's JSON mapper (maps, records, beans). A writer from
 * {@link SearchIndexes#writer(IndexDefinition)} also records its writes while the index is being
 * rebuilt and they are replayed into the new index before the alias moves, so none is lost.
 */
public final class BulkWriter implements AutoCloseable {

    /** Operations per bulk request unless told otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final ElasticsearchClient client;
    private final String target;
    private final int batchSize;
    private final List<Operation> pending = new ArrayList<>();
    private final FlushHook hook;
    private volatile long written;

    /** One pending operation: a document to index, or a delete when {@code document} is null. */
    record Operation(String id, Object document) {

        BulkOperation on(String index) {
            return document == null
                    ? BulkOperation.of(o -> o.delete(d -> d.index(index).id(id)))
                    : BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(document)));
        }
    }

    /** Wraps the sending of each batch, e.g. to record writes made while the index is rebuilt. */
    interface FlushHook {
        void around(List<Operation> batch, Runnable send);
    }

    public BulkWriter(ElasticsearchClient client, String target, int batchSize) {
        this(client, target, batchSize, (batch, send) -> send.run());
    }

    BulkWriter(ElasticsearchClient client, String target, int batchSize, FlushHook hook) {
        this.client = Objects.requireNonNull(client);
        this.target = Objects.requireNonNull(target);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.batchSize = batchSize;
        this.hook = Objects.requireNonNull(hook);
    }

    /** The index or alias written to. */
    public String target() {
        return target;
    }

    /** Adds or replaces a document. */
    public BulkWriter index(String id, Object document) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(id, "id");
        return add(new Operation(id, document));
    }

    /** Removes a document (missing documents are fine). */
    public BulkWriter delete(String id) {
        Objects.requireNonNull(id, "id");
        return add(new Operation(id, null));
    }

    private BulkWriter add(Operation operation) {
        pending.add(operation);
        if (pending.size() >= batchSize) {
            flush();
        }
        return this;
    }

    /** Sends what is pending. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Operation> batch = List.copyOf(pending);
        pending.clear();
        hook.around(batch, () -> send(client, target, batch));
        written += batch.size();
    }

    /** Sends operations to an index in one bulk request; throws when any of them failed. */
    static void send(ElasticsearchClient client, String target, List<Operation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = batch.stream().map(op -> op.on(target)).toList();
        BulkResponse response;
        try {
            response = client.bulk(b -> b.operations(operations));
        } catch (IOException | RuntimeException e) {
            throw new SearchIndexException("Bulk request to " + target + " failed: " + e.getMessage(), e);
        }
        if (response.errors()) {
            List<String> failures = response.items().stream()
                    .filter(item -> item.error() != null && !isMissingDelete(item))
                    .map(item -> item.id() + ": " + item.error().type() + " " + item.error().reason())
                    .toList();
            if (!failures.isEmpty()) {
                throw new SearchIndexException(failures.size() + " of " + batch.size() + " bulk operations on " + target
                        + " failed, e.g. " + failures.subList(0, Math.min(3, failures.size())));
            }
        }
    }

    private static boolean isMissingDelete(BulkResponseItem item) {
        return item.status() == 404 && "delete".equals(item.operationType().jsonValue());
    }

    /** Operations sent so far. */
    public long written() {
        return written;
    }

    /** Sends what is pending. */
    @Override
    public void close() {
        flush();
    }
}
