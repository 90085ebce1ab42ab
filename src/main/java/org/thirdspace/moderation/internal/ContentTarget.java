package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

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
     * where it has one) and returns the text before, for the audit log. Problems with the text
     * are an INVALID ModerationException on {@code text} (with the content type's own limits).
     * Content without editable text (case studies, profiles) keeps this default: an INVALID
     * ModerationException on {@code action}. A target that overrides this also overrides
     * {@link #editable()} and {@link #editableText(String)}.
     */
    default String edit(String id, String text) {
        throw ModerationException.invalid("action", "moderation.error.edit-unsupported", type());
    }

    /** Whether moderators can {@link #edit} this type's text (the queue offers "Edit" only then). */
    default boolean editable() {
        return false;
    }

    /** The item's current raw text (e.g. Markdown) to prefill a moderator's edit; empty when unknown or not editable. */
    default Optional<String> editableText(String id) {
        return Optional.empty();
    }
}
