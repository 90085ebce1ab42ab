package org.thirdspace.forum;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a topic lives: a site-wide category or a group's forum (exactly one of the two ids).
 * {@link #key()} is the stable text form ({@code category:3}, {@code group:7}) used for
 * watching, visits and URLs.
 */
public record ForumKey(Long categoryId, Long groupId) {

    public ForumKey {
        if ((categoryId == null) == (groupId == null)) {
            throw new IllegalArgumentException("a forum is either a category or a group");
        }
    }

    public static ForumKey category(long categoryId) {
        return new ForumKey(categoryId, null);
    }

    public static ForumKey group(long groupId) {
        return new ForumKey(null, groupId);
    }

    @JsonIgnore
    public boolean isGroup() {
        return groupId != null;
    }

    @JsonProperty("key")
    public String key() {
        return isGroup() ? "group:" + groupId : "category:" + categoryId;
    }

    /** Parses {@link #key()}; empty for anything else. */
    public static Optional<ForumKey> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(key.substring(colon + 1));
            return switch (key.substring(0, colon)) {
                case "category" -> Optional.of(category(id));
                case "group" -> Optional.of(group(id));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return key();
    }
}
