package org.thirdspace.forum;

/** What the current user may do with one post (for buttons; the service checks again). */
public record PostPermissions(boolean edit, boolean remove, boolean history, boolean react, boolean accept,
        boolean quote) {

    public static final PostPermissions NONE = new PostPermissions(false, false, false, false, false, false);
}
