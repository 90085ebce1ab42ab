package org.thirdspace.moderation.internal;

/** Numeric content ids as they appear in {@code type:id} references. */
final class Ids {

    private Ids() {
    }

    static boolean isNumber(String id) {
        return id != null && id.matches("[0-9]{1,18}");
    }

    /** The id as a number; NOT_FOUND when it is not one (no such content). */
    static long number(String id) {
        if (!isNumber(id)) {
            throw org.thirdspace.moderation.ModerationException.notFound();
        }
        return Long.parseLong(id);
    }
}
