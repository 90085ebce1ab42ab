package org.thirdspace.gaps;

/** Where a gap stands; the board lists OPEN first, then ANSWERED, then CLOSED. */
public enum GapStatus {
    OPEN(1), ANSWERED(2), CLOSED(3);

    private final int rank;

    GapStatus(int rank) {
        this.rank = rank;
    }

    /** Sort position on the board. */
    public int rank() {
        return rank;
    }

    /** The status for a name in any case ({@code open}, {@code OPEN}), or null. */
    public static GapStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (GapStatus s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
