package org.thirdspace.forum;

/**
 * Someone the current user can mention in a forum: they may see the forum and their profile is
 * not hidden. {@code token} is what the composer inserts: {@code @[Display Name](person:123)}.
 */
public record Mentionable(long personId, String displayName, String headline) {

    public String token() {
        String safe = displayName.replace("[", "(").replace("]", ")");
        return "@[" + safe + "](person:" + personId + ")";
    }
}
