package org.thirdspace.groups.api;

/** An {@code If-Match} that does not name the group's current version: answered with 412. */
class PreconditionFailedException extends RuntimeException {

    private final long currentVersion;

    PreconditionFailedException(long currentVersion) {
        super("If-Match does not match version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    long currentVersion() {
        return currentVersion;
    }
}
