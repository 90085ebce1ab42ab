package org.thirdspace.forum.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.thirdspace.forum.Category;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.GroupForum;

/**
 * Addresses of forums: {@code forum/c/<slug>} for a category, {@code forum/g/<groupId>} for a
 * group's forum. Category slugs are read once per view (the list of categories is short).
 */
final class ForumLinks {

    private final ForumService forums;
    private Map<Long, String> slugs;

    ForumLinks(ForumService forums) {
        this.forums = forums;
    }

    /** Forgets the slugs read (a view shows the next page with fresh ones). */
    void reset() {
        slugs = null;
    }

    static String of(Category category) {
        return "forum/c/" + category.slug();
    }

    static String group(long groupId) {
        return "forum/g/" + groupId;
    }

    static String newTopic(ForumKey forum) {
        return "forum/new?" + NewTopicView.FORUM + "=" + forum.key();
    }

    /**
     * Forums a topic can go to, with their names: categories that are not archived, then the
     * reader's group forums. {@code current} is added when it is neither (a moderator elsewhere).
     */
    Map<ForumKey, String> choices(ForumTexts texts, ForumKey current) {
        Map<ForumKey, String> choices = new LinkedHashMap<>();
        try {
            for (Category c : forums.categories()) {
                if (!c.archived()) {
                    choices.put(c.forum(), c.name());
                }
            }
            for (GroupForum g : forums.myGroupForums()) {
                choices.put(g.forum(), texts.t("forum.ui.group.forum-name", g.groupName()));
            }
            if (current != null && !choices.containsKey(current)) {
                choices.put(current, forums.forumName(current));
            }
        } catch (ForumException e) {
            // offer what was found
        }
        return choices;
    }

    /** The forum's address; the forum home for a category the reader may not see. */
    String href(ForumKey forum) {
        if (forum == null) {
            return "forum";
        }
        if (forum.isGroup()) {
            return group(forum.groupId());
        }
        if (slugs == null) {
            slugs = new HashMap<>();
            try {
                forums.categories().forEach(c -> slugs.put(c.id(), c.slug()));
            } catch (ForumException e) {
                // no categories to link to: links lead to the forum home
            }
        }
        String slug = slugs.get(forum.categoryId());
        return slug == null ? "forum" : "forum/c/" + slug;
    }
}
