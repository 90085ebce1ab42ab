package org.thirdspace.curation;

import java.time.Instant;

/**
 * One item of a collection as the current user may see it. {@code href} is the app path
 * ({@code case-studies/7}, {@code forum/t/3}) or the external URL. {@code available} is false
 * only in the curators' view, for an item whose target they can no longer see (then title and
 * href are null); other users never get such items. {@code noteHtml} is the sanitized note.
 */
public record CollectionItem(long id, int position, ItemKind kind, Long targetId, String title, String href,
        String note, String noteHtml, boolean available, Instant addedAt) {
}
