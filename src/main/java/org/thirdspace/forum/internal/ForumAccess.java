package org.thirdspace.forum.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.groups.GroupPermissions;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.Role;

/**
 * Who may see and do what in the forums, for the current user (ADR 9). Categories: PUBLIC for
 * everyone, MEMBERS for logged-in users. A group forum follows its group
 * ({@link GroupService#canSee}): a private group's forum only for its members. Posting: any
 * logged-in member with a profile in categories; current members (and moderators who see it)
 * in a group forum. Moderating: site moderators (and admins) where they can see; a group's
 * facilitators in its forum. What the user may not see is NOT_FOUND.
 */
@Component
@Transactional(readOnly = true)
public class ForumAccess {

    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final PeopleService people;
    private final GroupService groups;
    private final CurrentUser currentUser;

    ForumAccess(CategoryRepository categories, TopicRepository topics, PeopleService people, GroupService groups,
            CurrentUser currentUser) {
        this.categories = categories;
        this.topics = topics;
        this.people = people;
        this.groups = groups;
        this.currentUser = currentUser;
    }

    public Optional<Long> me() {
        return people.myPersonId();
    }

    public long requireMe() {
        return me().orElseThrow(() -> ForumException.forbidden("forum.error.no-profile"));
    }

    /** The current account's id (not the person's), for the audit log. */
    public Optional<Long> accountId() {
        return currentUser.id();
    }

    public Optional<String> displayName() {
        return currentUser.displayName();
    }

    public boolean loggedIn() {
        return currentUser.id().isPresent();
    }

    /** Site moderators (and admins, who moderate too). */
    public boolean isModerator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.MODERATOR.authority()) || a.equals(Role.ADMIN.authority()));
    }

    public boolean canSee(ForumCategory category) {
        return category.visibility() == CategoryVisibility.PUBLIC || loggedIn();
    }

    public boolean canSee(ForumKey forum) {
        if (forum.isGroup()) {
            return groups.canSee(forum.groupId());
        }
        return categories.findById(forum.categoryId()).map(this::canSee).orElse(false);
    }

    public void requireVisible(ForumKey forum) {
        if (!canSee(forum)) {
            throw ForumException.notFound();
        }
    }

    /** The topic if the user may see its forum, else NOT_FOUND. */
    public Topic visibleTopic(long topicId) {
        Topic topic = topics.findById(topicId).orElseThrow(ForumException::notFound);
        requireVisible(topic.forum());
        return topic;
    }

    /** Whether the user may moderate the forum (assumes they can see it). */
    public boolean canModerate(ForumKey forum) {
        if (me().isEmpty()) {
            return false;
        }
        if (isModerator()) {
            return true;
        }
        return forum.isGroup() && groups.permissions(forum.groupId()).manage();
    }

    /** Whether the user may start topics and reply in the forum (assumes they can see it). */
    public boolean canPost(ForumKey forum) {
        if (me().isEmpty()) {
            return false;
        }
        if (forum.isGroup()) {
            GroupPermissions permissions = groups.permissions(forum.groupId());
            return permissions.member() || isModerator();
        }
        return true;
    }

    /**
     * Group forums whose topics the user may see, among the groups that have topics: public
     * and members-only groups by the stored visibility, private ones by membership.
     */
    public Set<Long> visibleGroupIds() {
        var ids = topics.findGroupIdsWithTopics();
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<Long, GroupRef> refs = groups.refsForIndex(ids);
        Set<Long> mine = groups.myGroupIds();
        boolean loggedIn = loggedIn();
        Set<Long> result = new java.util.HashSet<>();
        for (GroupRef ref : refs.values()) {
            boolean visible = switch (ref.visibility()) {
                case PUBLIC -> true;
                case MEMBERS_ONLY -> loggedIn;
                case PRIVATE -> mine.contains(ref.id()) || (loggedIn && groups.canSee(ref.id()));
            };
            if (visible) {
                result.add(ref.id());
            }
        }
        return result;
    }

    /** Categories the user may read, by id. */
    public Map<Long, ForumCategory> visibleCategories() {
        Map<Long, ForumCategory> result = new HashMap<>();
        categories.findAll().stream().filter(this::canSee).forEach(c -> result.put(c.id(), c));
        return result;
    }

    /** Which of the people may see a forum (for mentions and watchers; not the current user's view). */
    public Set<Long> whoMaySee(ForumKey forum, Set<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        if (forum.isGroup()) {
            return groups.whoMaySee(forum.groupId(), personIds);
        }
        // categories: PUBLIC and MEMBERS alike are open to every community member
        return categories.existsById(forum.categoryId()) ? Set.copyOf(personIds) : Set.of();
    }

    static boolean isPrivate(GroupVisibility visibility) {
        return visibility == GroupVisibility.PRIVATE;
    }
}
