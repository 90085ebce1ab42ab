package org.thirdspace.forum.api;

import java.util.Locale;

import org.springframework.util.MultiValueMap;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;

/**
 * Reads and checks the forum API's query parameters. A bad value is an INVALID
 * {@link ForumException} naming the parameter; a category or group the caller may not see is
 * NOT_FOUND, as everywhere in the forum.
 */
final class ForumParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    /** Longest name prefix for the mention autocomplete. */
    static final int MAX_TEXT = 100;
    static final int MAX_TAG = 40;

    /** The filters of {@code GET /api/v1/topics}. */
    record TopicFilters(String text, ForumKey forum, String tag, Boolean solved, Long author, boolean unread,
            int page, int size) {
    }

    private ForumParameters() {
    }

    static TopicFilters topicFilters(MultiValueMap<String, String> params, ForumService forum) {
        String text = blankToNull(params.getFirst("q")); // its length is the search's to check
        String category = blankToNull(params.getFirst("category"));
        String group = blankToNull(params.getFirst("group"));
        if (category != null && group != null) {
            throw ForumException.invalid("group", "forum.api.error.one-forum");
        }
        ForumKey key = null;
        if (category != null) {
            key = category(forum, category).forum();
        } else if (group != null) {
            key = ForumKey.group(id("group", group));
            forum.groupForum(key.groupId()); // NOT_FOUND when the caller may not see the group
        }
        String tag = blankToNull(params.getFirst("tag"));
        if (tag != null) {
            tag = tag.toLowerCase(Locale.ROOT);
            if (tag.length() > MAX_TAG) {
                throw ForumException.invalid("tag", "forum.api.error.tag", MAX_TAG);
            }
        }
        Boolean solved = bool(params, "solved");
        String author = blankToNull(params.getFirst("author"));
        Boolean unread = bool(params, "unread");
        if (text != null && unread != null) {
            throw ForumException.invalid("unread", "forum.api.error.unread-with-search");
        }
        int page = number(params, "page", 0, 0, MAX_PAGE);
        int size = number(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        return new TopicFilters(text, key, tag, solved, author == null ? null : id("author", author),
                Boolean.TRUE.equals(unread), page, size);
    }

    /** A category by id (digits) or by its address. */
    static Category category(ForumService forum, String idOrSlug) {
        String value = idOrSlug.strip();
        if (value.matches("[0-9]{1,18}")) {
            return forum.category(Long.parseLong(value));
        }
        return forum.categoryBySlug(value.toLowerCase(Locale.ROOT)).orElseThrow(ForumException::notFound);
    }

    static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw ForumException.invalid(name, "forum.api.error.range", name, min, max);
        }
    }

    /** Refuses text over the post limit before anything else reads it (the service checks again). */
    static void postLength(String field, String markdown) {
        int length = markdown.strip().length();
        if (length > ForumService.MAX_POST) {
            throw ForumException.invalid(field, "forum.error.post-too-long", ForumService.MAX_POST, length);
        }
    }

    private static long id(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id < 1) {
                throw ForumException.invalid(name, "forum.api.error.id", name);
            }
            return id;
        } catch (NumberFormatException e) {
            throw ForumException.invalid(name, "forum.api.error.id", name);
        }
    }

    private static Boolean bool(MultiValueMap<String, String> params, String name) {
        String value = blankToNull(params.getFirst(name));
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ForumException.invalid(name, "forum.api.error.boolean", name);
        };
    }

    private static int number(MultiValueMap<String, String> params, String name, int fallback, int min, int max) {
        String value = blankToNull(params.getFirst(name));
        if (value == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ForumException.invalid(name, "forum.api.error.number", name);
        }
        range(name, n, min, max);
        return n;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
