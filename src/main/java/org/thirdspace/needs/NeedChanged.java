package org.thirdspace.needs;

/**
 * Published in the writing transaction when a need was edited or its status changed (claimed,
 * closed, reopened); {@code changedByPersonId} is who did it.
 */
public record NeedChanged(long needId, NeedStatus status, long changedByPersonId) {
}
