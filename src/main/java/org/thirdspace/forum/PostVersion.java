package org.thirdspace.forum;

import java.time.Instant;

/**
 * One version of a post in its edit history (version 1 is the original; the last is current),
 * with who wrote it, when and why. Visible to the post's author and moderators only.
 */
public record PostVersion(int version, String markdown, String html, long editorPersonId, String editorName,
        Instant writtenAt, String reason, boolean current) {
}
