package org.thirdspace.forum;

import java.util.Optional;

/** Something a member can watch: a topic, a category or a group's forum. */
public record WatchTarget(Type type, long id) {

    public enum Type { TOPIC, CATEGORY, GROUP }

    public static WatchTarget topic(long topicId) {
        return new WatchTarget(Type.TOPIC, topicId);
    }

    public static WatchTarget forum(ForumKey forum) {
        return forum.isGroup() ? new WatchTarget(Type.GROUP, forum.groupId())
                : new WatchTarget(Type.CATEGORY, forum.categoryId());
    }

    /** {@code topic:12}, {@code category:3} or {@code group:7}. */
    public String key() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    public static Optional<WatchTarget> parse(String key) {
        if (key != null && key.startsWith("topic:")) {
            try {
                return Optional.of(topic(Long.parseLong(key.substring(6))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return ForumKey.parse(key).map(WatchTarget::forum);
    }
}
