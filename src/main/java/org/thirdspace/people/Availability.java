package org.thirdspace.people;

/**
 * Whether and how a person is open to new partnership work.
 *
 * @param openToPartnerships open to being approached for new partnerships
 * @param capacity how many new partnerships or projects they could take on now (0 when full; null when unsaid)
 * @param mode how they prefer to work
 */
public record Availability(boolean openToPartnerships, Integer capacity, Mode mode) {

    public enum Mode { IN_PERSON, ONLINE, BOTH }

    public static Availability unknown() {
        return new Availability(false, null, Mode.BOTH);
    }
}
