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
 * Documents are serialised with the client's JSON mapper (maps, records, beans).
 */
public final class BulkWriter implements AutoCloseable {

    /** Operations per bulk request unless told otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final ElasticsearchClient client;
    private final String target;
    private final int batchSize;
    private final List<BulkOperation> pending = new ArrayList<>();
    private long written;

    public BulkWriter(ElasticsearchClient client, String target, int batchSize) {
        this.client = Objects.requireNonNull(client);
        this.target = Objects.requireNonNull(target);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.batchSize = batchSize;
    }

    /** The index or alias written to. */
    public String target() {
        return target;
    }

    /** Adds or replaces a document. */
    public BulkWriter index(String id, Object document) {
        Objects.requireNonNull(document, "document");
        return add(BulkOperation.of(o -> o.index(i -> i.index(target).id(id).document(document))));
    }

    /** Removes a document (missing documents are fine). */
    public BulkWriter delete(String id) {
        Objects.requireNonNull(id, "id");
        return add(BulkOperation.of(o -> o.delete(d -> d.index(target).id(id))));
    }

    private BulkWriter add(BulkOperation operation) {
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
        List<BulkOperation> batch = List.copyOf(pending);
        pending.clear();
        BulkResponse response;
        try {
            response = client.bulk(b -> b.operations(batch));
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
        written += batch.size();
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
