package org.thirdspace.needs;

/**
 * Where a need stands: OPEN (waiting for a broker), IN_PROGRESS (claimed by a broker who is
 * matching it) or CLOSED (with a {@link NeedOutcome}). The board lists them in this order.
 */
public enum NeedStatus {
    OPEN(1), IN_PROGRESS(2), CLOSED(3);

    private final int rank;

    NeedStatus(int rank) {
        this.rank = rank;
    }

    /** Sort position on the board. */
    public int rank() {
        return rank;
    }

    /** The status for a name in any case, with {@code -} for {@code _} ({@code in-progress}), or null. */
    public static NeedStatus parse(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replace('-', '_');
        for (NeedStatus s : values()) {
            if (s.name().equalsIgnoreCase(n)) {
                return s;
            }
        }
        return null;
    }
}
