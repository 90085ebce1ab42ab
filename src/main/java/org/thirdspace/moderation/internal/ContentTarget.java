package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.Map;

/**
 * One kind of content that can be flagged (a {@link org.thirdspace.shared.ContentRef} type): how
 * to check the current user may see it, read its context, and hide or show it.
 */
public interface ContentTarget {

    /** The content reference type, e.g. {@code forum-post}. */
    String type();

    /** The item as the current user may see it; NOT_FOUND ModerationException when unknown or not visible. */
    TargetInfo visible(String id);

    /** The items that exist among the ids, by id, for moderators. */
    Map<String, TargetInfo> forQueue(Collection<String> ids);

    /** Hides the item pending review (or shows it again); whether that changed anything. */
    boolean setHidden(String id, boolean hidden);
}
