package org.thirdspace.moderation;

import org.thirdspace.shared.ContentRef;

/** What a moderator's action did: how many open flags it resolved and whether the item is hidden now. */
public record ActionResult(ContentRef target, ModerationActionType action, int resolvedFlags, boolean hidden,
        boolean authorTold) {
}
