package org.thirdspace.forum;

import java.time.Instant;

import org.thirdspace.groups.GroupVisibility;

/**
 * A group's forum as the current user sees it (only for groups they may see). {@code canPost}:
 * current members (and moderators where the group is visible to them) start topics and reply.
 */
public record GroupForum(
        long groupId,
        String groupName,
        GroupVisibility visibility,
        long topicCount,
        Instant lastPostedAt,
        int unreadTopics,
        int newTopics,
        boolean watching,
        boolean canPost,
        boolean canModerate) {

    public ForumKey forum() {
        return ForumKey.group(groupId);
    }
}
