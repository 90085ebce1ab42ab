package org.thirdspace.casestudies;

import java.time.Instant;

/** A line of a case study's history. {@code published} marks the revision everyone else sees. */
public record RevisionSummary(
        int number,
        String title,
        long authorPersonId,
        String authorName,
        Instant createdAt,
        String editSummary,
        Integer basedOn,
        Integer restoredFrom,
        boolean published,
        boolean head) {
}
