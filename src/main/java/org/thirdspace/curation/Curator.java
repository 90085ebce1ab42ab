package org.thirdspace.curation;

import java.time.Instant;

/** An appointed curator: the account, its name when appointed, and when. */
public record Curator(long accountId, String displayName, Instant appointedAt) {
}
