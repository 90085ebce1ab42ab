package org.thirdspace.needs;

/** How a closed need ended: someone was found, nobody suitable was found, or the poster withdrew it. */
public enum NeedOutcome {
    MATCHED, NO_MATCH, WITHDRAWN;

    /** The outcome for a name in any case, with {@code -} for {@code _} ({@code no-match}), or null. */
    public static NeedOutcome parse(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replace('-', '_');
        for (NeedOutcome o : values()) {
            if (o.name().equalsIgnoreCase(n)) {
                return o;
            }
        }
        return null;
    }
}
