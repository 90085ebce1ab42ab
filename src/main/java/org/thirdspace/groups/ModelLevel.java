package org.thirdspace.groups;

/** The four-step partnership model; codes are the terms of the {@code partnership-model} vocabulary. */
public enum ModelLevel {
    AD_HOC(1, "ad-hoc"),
    PROGRAMME(2, "programme"),
    COLLABORATIVE(3, "collaborative"),
    STRATEGIC(4, "strategic");

    private final int level;
    private final String code;

    ModelLevel(int level, String code) {
        this.level = level;
        this.code = code;
    }

    /** 1 to 4. */
    public int level() {
        return level;
    }

    public String code() {
        return code;
    }

    public static ModelLevel of(int level) {
        for (ModelLevel m : values()) {
            if (m.level == level) {
                return m;
            }
        }
        throw new IllegalArgumentException("Model level must be 1 to 4: " + level);
    }

    public static ModelLevel fromCode(String code) {
        for (ModelLevel m : values()) {
            if (m.code.equals(code) || m.name().equalsIgnoreCase(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown model level: " + code);
    }
}
