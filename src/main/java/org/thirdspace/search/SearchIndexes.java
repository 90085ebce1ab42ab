package org.thirdspace.search;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Versioned indices behind stable aliases.
 * <p>
 * A logical index {@code people} is read and written through the alias
 * {@code <prefix>-people}, which points at one concrete index
 * {@code <prefix>-people-<yyyyMMdd-HHmmss-SSS>}. {@link #ensure(IndexDefinition)} creates the
 * first one; {@link #rebuild(IndexDefinition, Consumer)} fills a new concrete index, swaps the
 * alias in one atomic request and deletes the old index, so searches keep answering from the old
 * data until the new data is complete. Writes made through {@link #writer(IndexDefinition)}
 * <em>during</em> a rebuild go to the old index (so searches see them at once) and are also
 * recorded; after the loader has finished they are replayed into the new index, in order, while
 * further writers wait for the alias swap. So a write made during a rebuild is never lost and
 * never overwritten by the loader's older copy.
 * <p>
 * At start-up (after the managed node is healthy) the aliases of all {@link IndexDefinition}
 * beans are ensured; when the cluster is unreachable then, that is logged and retried on first use.
 */
public class SearchIndexes implements SmartLifecycle {

    /** After the managed node's readiness phase (-1000), before ordinary lifecycle beans. */
    public static final int PHASE = -900;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final String prefix;
    private final List<IndexDefinition> definitions;
    private final Clock clock;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** Per logical index: writers flush under the read lock, the alias swap takes the write lock. */
    private final Map<String, ReentrantReadWriteLock> swapLocks = new ConcurrentHashMap<>();
    /** Per logical index being rebuilt: the writes made through the alias meanwhile. */
    private final Map<String, List<BulkWriter.Operation>> duringRebuild = new ConcurrentHashMap<>();
    private volatile boolean running;

    public SearchIndexes(ElasticsearchClient client, String prefix, List<IndexDefinition> definitions) {
        this(client, prefix, definitions, Clock.systemUTC());
    }

    SearchIndexes(ElasticsearchClient client, String prefix, List<IndexDefinition> definitions, Clock clock) {
        this.client = Objects.requireNonNull(client);
        if (prefix == null || !prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("thirdspace.elasticsearch.index-prefix must be lower case letters, digits, '-' or '_': " + prefix);
        }
        this.prefix = prefix;
        this.definitions = List.copyOf(definitions);
        this.clock = clock;
    }

    /** The client, for searches (always against {@link #alias(String)}). */
    public ElasticsearchClient client() {
        return client;
    }

    /** The configured prefix. */
    public String prefix() {
        return prefix;
    }

    /** The alias to read and write a logical index through: {@code <prefix>-<name>}. */
    public String alias(String name) {
        return prefix + "-" + name;
    }

    /**
     * Makes sure the alias exists, creating a first concrete index when needed; returns the
     * concrete index behind the alias.
     */
    public String ensure(IndexDefinition definition) {
        ReentrantLock lock = lock(definition.name());
        lock.lock();
        try {
            String alias = alias(definition.name());
            List<String> current = concreteIndices(definition.name());
            if (!current.isEmpty()) {
                ensured.add(definition.name());
                return current.getFirst();
            }
            if (exists(alias)) {
                throw new SearchIndexException("An index (not an alias) named " + alias + " exists; rebuild "
                        + definition.name() + " to replace it with a versioned index behind the alias");
            }
            String concrete = newConcreteName(alias);
            client.indices().create(c -> c.withJson(new StringReader(definition.body()))
                    .index(concrete)
                    .aliases(alias, a -> a.isWriteIndex(true)));
            ensured.add(definition.name());
            log.info("Created search index {} behind alias {}", concrete, alias);
            return concrete;
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Could not create the search index " + alias(definition.name()) + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** The concrete indices behind the alias of a logical index (empty when there is no alias). */
    public List<String> concreteIndices(String name) {
        String alias = alias(name);
        try {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                return List.of();
            }
            return client.indices().getAlias(g -> g.name(alias)).result().keySet().stream().sorted().toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Could not read the alias " + alias + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds a logical index: creates a new concrete index from the definition, lets
     * {@code loader} fill it, refreshes it, points the alias at it (atomically, also replacing a
     * plain index of the alias's name) and deletes the previous concrete indices. When anything
     * fails the new index is deleted and the alias is left as it was.
     */
    public RebuildResult rebuild(IndexDefinition definition, Consumer<BulkWriter> loader) {
        return rebuild(definition, BulkWriter.DEFAULT_BATCH_SIZE, loader);
    }

    /** {@link #rebuild(IndexDefinition, Consumer)} with a bulk batch size. */
    public RebuildResult rebuild(IndexDefinition definition, int batchSize, Consumer<BulkWriter> loader) {
        long t0 = System.nanoTime();
        String alias = alias(definition.name());
        ReentrantLock lock = lock(definition.name());
        lock.lock();
        String fresh = null;
        try {
            List<String> previous = concreteIndices(definition.name());
            boolean plainIndexInTheWay = previous.isEmpty() && exists(alias);
            String created = newConcreteName(alias);
            client.indices().create(c -> c.withJson(new StringReader(definition.body())).index(created));
            fresh = created;
            startRecording(definition.name());
            long count;
            try (BulkWriter writer = new BulkWriter(client, created, batchSize)) {
                loader.accept(writer);
                writer.flush();
                count = writer.written();
            }
            ReentrantReadWriteLock.WriteLock swap = swapLock(definition.name()).writeLock();
            swap.lock();
            try {
                List<BulkWriter.Operation> replay = stopRecording(definition.name());
                for (int from = 0; from < replay.size(); from += batchSize) {
                    BulkWriter.send(client, created, replay.subList(from, Math.min(replay.size(), from + batchSize)));
                }
                count += replay.size();
                swapAlias(alias, created, previous, plainIndexInTheWay);
            } finally {
                swap.unlock();
            }
            fresh = null; // now in use: keep it whatever happens next
            ensured.add(definition.name());
            if (!previous.isEmpty()) {
                client.indices().delete(d -> d.index(previous));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            log.info("Rebuilt search index {} as {} with {} operations in {} ms (removed {})", alias, created, count,
                    took.toMillis(), previous);
            return new RebuildResult(alias, created, previous, count, took);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Rebuilding " + alias + " failed: " + e.getMessage(), e);
        } finally {
            stopRecording(definition.name());
            if (fresh != null) {
                deleteQuietly(fresh);
            }
            lock.unlock();
        }
    }

    private void swapAlias(String alias, String created, List<String> previous, boolean plainIndexInTheWay) throws IOException {
        client.indices().refresh(r -> r.index(created));
        List<Action> actions = new ArrayList<>();
        actions.add(Action.of(a -> a.add(x -> x.index(created).alias(alias).isWriteIndex(true))));
        for (String old : previous) {
            actions.add(Action.of(a -> a.remove(x -> x.index(old).alias(alias))));
        }
        if (plainIndexInTheWay) {
            actions.add(Action.of(a -> a.removeIndex(x -> x.index(alias))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
    }

    /** Whether a rebuild of the logical index is under way. */
    public boolean isRebuilding(String name) {
        return duringRebuild.containsKey(name);
    }

    private void startRecording(String name) {
        ReentrantReadWriteLock.WriteLock swap = swapLock(name).writeLock();
        swap.lock();
        try {
            duringRebuild.put(name, new ArrayList<>());
        } finally {
            swap.unlock();
        }
    }

    private List<BulkWriter.Operation> stopRecording(String name) {
        List<BulkWriter.Operation> recorded = duringRebuild.remove(name);
        if (recorded == null) {
            return List.of();
        }
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    private ReentrantReadWriteLock swapLock(String name) {
        return swapLocks.computeIfAbsent(name, n -> new ReentrantReadWriteLock(true));
    }

    /** Sends a writer's batch through the alias; during a rebuild also records it for the replay. */
    private void flushThroughAlias(String name, List<BulkWriter.Operation> batch, Runnable send) {
        ReentrantReadWriteLock.ReadLock read = swapLock(name).readLock();
        read.lock();
        try {
            send.run();
            List<BulkWriter.Operation> recorded = duringRebuild.get(name);
            if (recorded != null) {
                synchronized (recorded) {
                    recorded.addAll(batch);
                }
            }
        } finally {
            read.unlock();
        }
    }

    /** A bulk writer through the alias (ensuring it first). */
    public BulkWriter writer(IndexDefinition definition) {
        if (!ensured.contains(definition.name())) {
            ensure(definition);
        }
        String name = definition.name();
        return new BulkWriter(client, alias(name), BulkWriter.DEFAULT_BATCH_SIZE,
                (batch, send) -> flushThroughAlias(name, batch, send));
    }

    /** Makes recent writes of a logical index visible to searches (tests, admin actions). */
    public void refresh(String name) {
        try {
            client.indices().refresh(r -> r.index(alias(name)));
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Refreshing " + alias(name) + " failed: " + e.getMessage(), e);
        }
    }

    /** A new, unused concrete index name for an alias. */
    String newConcreteName(String alias) throws IOException {
        String base = alias + "-" + VERSION.format(clock.instant());
        String name = base;
        for (int n = 2; exists(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private boolean exists(String index) throws IOException {
        return client.indices().exists(e -> e.index(index)).value();
    }

    private void deleteQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | ElasticsearchException e) {
            log.warn("Could not delete the unfinished index {}: {}", index, e.getMessage());
        }
    }

    private ReentrantLock lock(String name) {
        return locks.computeIfAbsent(name, n -> new ReentrantLock());
    }

    // --- lifecycle: ensure the declared indices at start-up ------------------------------

    @Override
    public void start() {
        for (IndexDefinition definition : definitions) {
            try {
                ensure(definition);
            } catch (SearchIndexException e) {
                log.error("Search index {} is not ready; will retry on first use: {}", alias(definition.name()), e.getMessage());
            }
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * What a rebuild did.
     *
     * @param alias      the alias now pointing at {@code newIndex}
     * @param newIndex   the concrete index created and filled
     * @param removed    the concrete indices deleted
     * @param operations bulk operations sent
     * @param took       how long it took
     */
    public record RebuildResult(String alias, String newIndex, List<String> removed, long operations, Duration took) {
    }
}
