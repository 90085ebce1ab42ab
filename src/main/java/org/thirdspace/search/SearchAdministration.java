package org.thirdspace.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rebuilds every index of every {@link IndexedFeature} bean into new concrete indices behind the
 * aliases, one index after the other, in a background thread. Searches keep answering from the
 * old indices until each alias moves; writes made meanwhile are kept (see {@link SearchIndexes}).
 * Only one reindex runs at a time; {@link #status()} can be polled.
 */
@Service
public class SearchAdministration {

    private static final Logger log = LoggerFactory.getLogger(SearchAdministration.class);

    private final SearchIndexes indexes;
    private final ObjectProvider<IndexedFeature> features;
    private final Clock clock;
    private final AtomicReference<Run> current = new AtomicReference<>();

    SearchAdministration(SearchIndexes indexes, ObjectProvider<IndexedFeature> features, ObjectProvider<Clock> clock) {
        this.indexes = indexes;
        this.features = features;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Starts a full reindex in the background and returns its first status.
     *
     * @throws ReindexAlreadyRunningException when one is running
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ReindexStatus reindexAll() {
        List<IndexedFeature> all = features.orderedStream().toList();
        Run run = new Run(clock.instant(), all);
        Run previous = current.get();
        if (previous != null && previous.status().running() || !current.compareAndSet(previous, run)) {
            throw new ReindexAlreadyRunningException(current.get().status());
        }
        Thread.ofPlatform().name("search-reindex").daemon(true).start(run::execute);
        return run.status();
    }

    /** The status of the running or last reindex. */
    @PreAuthorize("hasRole('ADMIN')")
    public ReindexStatus status() {
        Run run = current.get();
        return run == null ? new ReindexStatus(ReindexStatus.State.IDLE, null, null, List.of()) : run.status();
    }

    /** One reindex run: mutable progress read by other threads. */
    private final class Run {

        private final Instant startedAt;
        private final List<IndexedFeature> features;
        private final List<Progress> progress = new ArrayList<>();
        private volatile ReindexStatus.State state = ReindexStatus.State.RUNNING;
        private volatile Instant finishedAt;

        Run(Instant startedAt, List<IndexedFeature> features) {
            this.startedAt = startedAt;
            this.features = features;
            for (IndexedFeature feature : features) {
                Progress p = new Progress(feature.definition().name());
                try {
                    p.expected = feature.documentCount();
                } catch (RuntimeException e) {
                    log.warn("Could not count the documents of {}: {}", p.name, e.getMessage());
                }
                progress.add(p);
            }
        }

        void execute() {
            boolean failed = false;
            for (int i = 0; i < features.size(); i++) {
                IndexedFeature feature = features.get(i);
                Progress p = progress.get(i);
                try {
                    p.state = ReindexStatus.State.RUNNING;
                    SearchIndexes.RebuildResult result = indexes.rebuild(feature.definition(), writer -> {
                        p.writer = writer;
                        feature.writeAll(writer);
                    });
                    p.done = result.operations();
                    p.writer = null;
                    p.state = ReindexStatus.State.DONE;
                } catch (RuntimeException e) {
                    log.error("Reindexing {} failed", p.name, e);
                    p.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    p.state = ReindexStatus.State.FAILED;
                    failed = true;
                }
            }
            finishedAt = clock.instant();
            state = failed ? ReindexStatus.State.FAILED : ReindexStatus.State.DONE;
        }

        ReindexStatus status() {
            return new ReindexStatus(state, startedAt, finishedAt, progress.stream().map(Progress::snapshot).toList());
        }
    }

    private static final class Progress {
        final String name;
        volatile long expected;
        volatile long done = -1;
        volatile BulkWriter writer;
        volatile ReindexStatus.State state = ReindexStatus.State.PENDING;
        volatile String error;

        Progress(String name) {
            this.name = name;
        }

        ReindexStatus.IndexProgress snapshot() {
            BulkWriter w = writer;
            long written = done >= 0 ? done : w == null ? 0 : w.written();
            return new ReindexStatus.IndexProgress(name, expected, written, state, error);
        }
    }
}
