package org.thirdspace.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.thirdspace.shared.ContentRef;

/**
 * One flagged item of the moderation queue with its context: a plain-text {@code excerpt}, its
 * author, {@code where} it is (e.g. the topic's title), an app-relative {@code link}, how many
 * open flags it has and for which reasons, the texts given with the flags, and whether it is
 * hidden (and whether automatically); {@code editable}: moderators can EDIT its text.
 */
public record QueueItem(ContentRef target, String excerpt, Long authorPersonId, String authorName, String where,
        String link, int flagCount, Map<FlagReason, Integer> reasons, List<String> notes, boolean hidden,
        boolean autoHidden, Instant firstFlaggedAt, Instant lastFlaggedAt, boolean editable) {
}
