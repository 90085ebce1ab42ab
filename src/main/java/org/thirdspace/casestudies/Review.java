package org.thirdspace.casestudies;

import java.time.Instant;

/** A review of one revision; {@code comment} is Markdown source, {@code commentHtml} its safe rendering. */
public record Review(long id, int revision, long reviewerPersonId, String reviewerName, ReviewDecision decision,
        String comment, String commentHtml, Instant createdAt) {
}
