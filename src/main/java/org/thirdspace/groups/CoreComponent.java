package org.thirdspace.groups;

/** The ten core components of the self-review; codes are terms of the {@code core-component} vocabulary. */
public enum CoreComponent {
    VISION("vision"),
    ORGANISATIONAL_STRUCTURES("organisational-structures"),
    COMMUNICATIONS("communications"),
    WAYS_OF_WORKING("ways-of-working"),
    NETWORKING("networking"),
    FLEXIBILITY("flexibility"),
    RELATIONSHIPS("relationships"),
    ROLES_AND_RESPONSIBILITIES("roles-responsibilities"),
    COMMITMENT("commitment"),
    RESOURCES("resources");

    private final String code;

    CoreComponent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CoreComponent fromCode(String code) {
        for (CoreComponent c : values()) {
            if (c.code.equals(code) || c.name().equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown core component: " + code);
    }
}
