package org.thirdspace.forum.internal.search;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.forum.TopicChanged;
import org.thirdspace.groups.GroupChanged;

/**
 * Keeps the {@code forum-posts} index in step. Each listener runs asynchronously after the
 * publishing transaction committed and compares the database with the index, so a late or
 * repeated delivery writes the current state. When Elasticsearch is down the listener fails, its
 * event publication stays incomplete and {@link ForumIndexingResubmission} (or, for
 * {@link GroupChanged}, the groups module's resubmission) delivers it again later.
 */
@Component
class ForumSearchIndexer {

    private final ForumPostsIndex index;

    ForumSearchIndexer(ForumPostsIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(TopicChanged changed) {
        index.syncTopic(changed.topicId());
    }

    /** The group's visibility decides who finds its forum's posts. */
    @ApplicationModuleListener
    void on(GroupChanged changed) {
        index.syncGroup(changed.groupId());
    }
}
