package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.Map;

import org.thirdspace.moderation.ModerationException;

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

    /**
     * Replaces the item's text with a moderator's edit (recorded in the content's own history
     * where it has one) and returns the text before, for the audit log. Content without editable
     * text (case studies, profiles) keeps this default: an INVALID ModerationException on {@code action}.
     */
    default String edit(String id, String text) {
        throw ModerationException.invalid("action", "moderation.error.edit-unsupported", type());
    }
}
