package org.thirdspace.moderation;

/**
 * What a moderator does with a flagged item. Each resolves the item's open flags. HIDE hides it
 * pending review; RESTORE shows it again; WARN sends its author a message (required); DISMISS
 * finds the flags unfounded (and shows again an item that was hidden automatically); EDIT
 * replaces the item's text with a moderator's version (required), kept in its history where the
 * content has one, and tells the author.
 */
public enum ModerationActionType {
    HIDE, RESTORE, WARN, DISMISS, EDIT
}
