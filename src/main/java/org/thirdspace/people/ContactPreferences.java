package org.thirdspace.people;

/**
 * How a person wants to be contacted.
 *
 * @param showEmail whether members may see the account's email address on the profile
 * @param acceptIntroductions whether members may ask to be introduced
 * @param note free text, e.g. "best reached in term time, not on Fridays"
 */
public record ContactPreferences(boolean showEmail, boolean acceptIntroductions, String note) {

    public static ContactPreferences defaults() {
        return new ContactPreferences(false, true, null);
    }
}
