package org.thirdspace.finder;

/**
 * Who is searching, for privacy: anonymous visitors see PUBLIC profiles, members also MEMBERS
 * profiles; HIDDEN profiles are never returned or counted for anyone (not even their owner,
 * so that what the owner sees is what others see).
 *
 * @param member   logged in
 * @param personId the viewer's own person id (null when anonymous or unknown); excluded from "similar people"
 */
public record Viewer(boolean member, Long personId) {

    public static final Viewer ANONYMOUS = new Viewer(false, null);

    public static Viewer member(Long personId) {
        return new Viewer(true, personId);
    }
}
