package org.thirdspace.shared;

/**
 * UK nations and English regions, with a representative centre used by the demo data and as a
 * fallback location. Codes are stable and stored; labels come from {@code vocab.region.<code>}.
 */
public enum Region {
    NORTH_EAST("north-east", 54.97, -1.61),
    NORTH_WEST("north-west", 53.48, -2.24),
    YORKSHIRE("yorkshire-humber", 53.80, -1.55),
    EAST_MIDLANDS("east-midlands", 52.95, -1.15),
    WEST_MIDLANDS("west-midlands", 52.49, -1.89),
    EAST_OF_ENGLAND("east-of-england", 52.20, 0.12),
    LONDON("london", 51.51, -0.13),
    SOUTH_EAST("south-east", 51.45, -0.97),
    SOUTH_WEST("south-west", 51.45, -2.59),
    WALES("wales", 51.48, -3.18),
    SCOTLAND("scotland", 55.86, -4.25),
    NORTHERN_IRELAND("northern-ireland", 54.60, -5.93);

    private final String code;
    private final double latitude;
    private final double longitude;

    Region(String code, double latitude, double longitude) {
        this.code = code;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String code() {
        return code;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public String messageKey() {
        return "vocab.region." + code;
    }

    public static Region fromCode(String code) {
        for (Region region : values()) {
            if (region.code.equals(code)) {
                return region;
            }
        }
        throw new IllegalArgumentException("Unknown region code: " + code);
    }
}
