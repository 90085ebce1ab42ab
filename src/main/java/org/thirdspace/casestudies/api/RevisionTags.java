package org.thirdspace.casestudies.api;

import java.util.OptionalInt;

/**
 * Entity tags of case-study revisions: {@code "<revision number>"}. An {@code If-Match} names the
 * revision an edit was based on; {@code W/"3"} and an unquoted {@code 3} are accepted too.
 */
final class RevisionTags {

    private RevisionTags() {
    }

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /**
     * The one revision an {@code If-Match} names; empty when it names none or several (such a
     * header can never match a single revision). {@code *} is not a revision: it is refused by
     * the caller as a missing precondition.
     */
    static OptionalInt revision(String ifMatch) {
        String[] tags = ifMatch.split(",");
        if (tags.length != 1) {
            return OptionalInt.empty();
        }
        String t = tags[0].strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        if (!t.matches("[0-9]{1,9}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(t);
        return n < 1 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    static boolean isWildcard(String ifMatch) {
        return ifMatch != null && ifMatch.strip().equals("*");
    }

    static boolean isMissing(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank();
    }
}
