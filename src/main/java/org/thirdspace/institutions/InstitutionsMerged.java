package org.thirdspace.institutions;

/**
 * Published (with the transaction) when a moderator merged a duplicate into a survivor: every
 * feature that refers to {@code mergedId} moves its references to {@code survivorId}.
 */
public record InstitutionsMerged(long survivorId, long mergedId) {
}
