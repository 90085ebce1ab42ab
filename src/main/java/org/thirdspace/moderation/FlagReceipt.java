package org.thirdspace.moderation;

import java.time.Instant;

import org.thirdspace.shared.ContentRef;

/** A flag as stored, and whether the item is (now) hidden pending review. */
public record FlagReceipt(long id, ContentRef target, FlagReason reason, String text, Instant createdAt,
        boolean hidden) {
}
