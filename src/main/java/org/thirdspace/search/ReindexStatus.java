package org.thirdspace.search;

import java.time.Instant;
import java.util.List;

/**
 * Progress of a full reindex ({@link SearchAdministration}).
 *
 * @param state      {@code IDLE} (never ran), {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param startedAt  when the last run started (null when idle)
 * @param finishedAt when it finished (null while running)
 * @param indices    one entry per indexed feature
 */
public record ReindexStatus(State state, Instant startedAt, Instant finishedAt, List<IndexProgress> indices) {

    public enum State { IDLE, PENDING, RUNNING, DONE, FAILED }

    public ReindexStatus {
        indices = List.copyOf(indices);
    }

    /** Documents written over documents expected, summed over all indices (0..1). */
    public double fraction() {
        long expected = indices.stream().mapToLong(IndexProgress::expected).sum();
        long written = indices.stream().mapToLong(IndexProgress::written).sum();
        if (state == State.DONE) {
            return 1.0;
        }
        return expected == 0 ? 0.0 : Math.min(1.0, (double) written / expected);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /**
     * One index of a reindex.
     *
     * @param name     logical index name
     * @param expected documents the feature expected to write
     * @param written  operations written so far
     * @param state    PENDING, RUNNING, DONE or FAILED
     * @param error    what went wrong (null unless FAILED)
     */
    public record IndexProgress(String name, long expected, long written, State state, String error) {
    }
}
