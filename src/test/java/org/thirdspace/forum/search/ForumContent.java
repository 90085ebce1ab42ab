package org.thirdspace.forum.search;

import static org.thirdspace.security.TestAccounts.as;

import java.util.List;
import java.util.Locale;

import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumModeration;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.people.ProfileFixtures.Someone;

/**
 * Forum content for the search tests through the forum's own services (and so its events):
 * authors act as members, everything moderators do as the given moderator.
 */
record ForumContent(ForumService forum, ForumModeration moderation, Someone moderator) {

    long category(String name, CategoryVisibility visibility) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return as(moderator.email(), "MODERATOR", () -> forum.createCategory(
                new CategoryDraft(slug, name, "Where " + name + " is discussed.", visibility, null, false))).id();
    }

    long topic(Someone author, ForumKey where, TopicKind kind, String title, String markdown, String... tags) {
        return ForumFixtures.topic(forum, author, where, kind, title, markdown, tags).id();
    }

    Post reply(Someone author, long topicId, String markdown) {
        return ForumFixtures.reply(forum, author, topicId, markdown);
    }

    /** The post's number now (a split renumbers). */
    int postNumber(long postId) {
        return as(moderator.email(), "MODERATOR", () -> forum.post(postId)).number();
    }

    void remove(long postId) {
        as(moderator.email(), "MODERATOR", () -> forum.remove(postId, "Off topic"));
    }

    void accept(Someone asker, long topicId, long postId) {
        as(asker.email(), "MEMBER", () -> forum.accept(topicId, postId));
    }

    void merge(long duplicateId, long survivorId) {
        as(moderator.email(), "MODERATOR", () -> moderation.merge(duplicateId, survivorId));
    }

    long split(long topicId, List<Long> postIds, String title, ForumKey target) {
        return as(moderator.email(), "MODERATOR", () -> moderation.split(topicId, postIds, title, target)).id();
    }
}
