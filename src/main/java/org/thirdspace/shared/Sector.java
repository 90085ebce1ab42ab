package org.thirdspace.shared;

/**
 * The kind of organisation an institution is. Codes are stable and stored; labels come from
 * the message bundles ({@code vocab.sector.<code>}).
 */
public enum Sector {
    PRIMARY_SCHOOL("primary-school", Side.SCHOOL),
    SECONDARY_SCHOOL("secondary-school", Side.SCHOOL),
    SPECIAL_SCHOOL("special-school", Side.SCHOOL),
    ALL_THROUGH_SCHOOL("all-through-school", Side.SCHOOL),
    COLLEGE("college", Side.SCHOOL),
    UNIVERSITY("university", Side.UNIVERSITY),
    TEACHING_SCHOOL_TRUST("teaching-school-trust", Side.SCHOOL),
    LOCAL_AUTHORITY("local-authority", Side.OTHER),
    SUBJECT_ASSOCIATION("subject-association", Side.OTHER),
    CHARITY("charity", Side.OTHER),
    BUSINESS("business", Side.OTHER);

    /** Which side of a school-university partnership an institution of this sector stands on. */
    public enum Side { SCHOOL, UNIVERSITY, OTHER }

    private final String code;
    private final Side side;

    Sector(String code, Side side) {
        this.code = code;
        this.side = side;
    }

    public String code() {
        return code;
    }

    public Side side() {
        return side;
    }

    public String messageKey() {
        return "vocab.sector." + code;
    }

    public static Sector fromCode(String code) {
        for (Sector sector : values()) {
            if (sector.code.equals(code)) {
                return sector;
            }
        }
        throw new IllegalArgumentException("Unknown sector code: " + code);
    }
}
