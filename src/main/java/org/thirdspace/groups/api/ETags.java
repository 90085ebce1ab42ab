package org.thirdspace.groups.api;

/** {@code If-Match} against a group version: {@code *}, {@code "3"}, {@code W/"3"} or a list of them. */
final class ETags {

    private ETags() {
    }

    static boolean matches(String ifMatch, long version) {
        String wanted = Long.toString(version);
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
