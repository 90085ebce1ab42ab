package org.thirdspace.groups;

/** Life stage of a group; codes are the terms of the {@code stage} vocabulary. Closing needs a reason. */
public enum Stage {
    FORMING("forming"),
    DEVELOPING("developing"),
    SUSTAINING("sustaining"),
    RENEWING("renewing"),
    CLOSED("closed");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Stage fromCode(String code) {
        for (Stage s : values()) {
            if (s.code.equals(code) || s.name().equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown stage: " + code);
    }
}
