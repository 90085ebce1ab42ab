package org.thirdspace.moderation.internal;

import org.thirdspace.shared.ContentRef;

/** Context of flagged content for the queue: plain-text excerpt, author (a person), where it is, a link. */
public record TargetInfo(ContentRef ref, String excerpt, Long authorPersonId, String authorName, String where,
        String link, boolean hidden, boolean removed) {
}
