package org.thirdspace.search;

/** A full reindex was requested while one is running. */
public class ReindexAlreadyRunningException extends IllegalStateException {

    private final transient ReindexStatus status;

    public ReindexAlreadyRunningException(ReindexStatus status) {
        super("A reindex is already running");
        this.status = status;
    }

    public ReindexStatus status() {
        return status;
    }
}
