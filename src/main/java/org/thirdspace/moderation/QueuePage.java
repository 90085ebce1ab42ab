package org.thirdspace.moderation;

import java.util.List;

/** One page of the moderation queue (most flags first, then oldest), with the number of items. */
public record QueuePage(List<QueueItem> items, long total, int page, int size) {
}
