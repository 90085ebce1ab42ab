package org.thirdspace.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A reference to one piece of content of any feature: its type code and its id as text, e.g.
 * {@code forum-post:42}, {@code case-study:7}, {@code profile:3}, {@code collection:5}.
 */
public record ContentRef(String type, String id) {

    public ContentRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        type = type.strip().toLowerCase(Locale.ROOT);
        id = id.strip();
        if (type.isEmpty() || id.isEmpty() || type.contains(":")) {
            throw new IllegalArgumentException("A content reference needs a type without ':' and an id");
        }
    }

    public static ContentRef of(String type, long id) {
        return new ContentRef(type, Long.toString(id));
    }

    /** Parses {@code type:id}. */
    public static ContentRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("Expected type:id, got " + text);
        }
        return new ContentRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
