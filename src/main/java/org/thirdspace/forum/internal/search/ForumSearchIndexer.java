package org.thirdspace.forum.internal.search;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
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

    // Not @ApplicationModuleListener: that one runs in a transaction, so a listener waiting for the
    // index lock would hold a database connection, and a burst of changes (an import) would empty
    // the pool. Outside a transaction each read takes a connection only while it runs. The event
    // publication registry still records completion (and resubmits failures) for these listeners.
    @Async
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(TopicChanged changed) {
        index.syncTopic(changed.topicId());
    }

    /** The group's visibility decides who finds its forum's posts. */
    @Async
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(GroupChanged changed) {
        index.syncGroup(changed.groupId());
    }
}
