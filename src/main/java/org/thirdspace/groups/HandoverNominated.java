package org.thirdspace.groups;

/** A successor was nominated and is asked to accept. */
public record HandoverNominated(long groupId, long handoverId, long successorPersonId) {
}
