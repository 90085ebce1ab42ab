package org.thirdspace.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.forum.internal.ForumAccess;
import org.thirdspace.forum.internal.ForumState;
import org.thirdspace.forum.internal.ReadTracking;
import org.thirdspace.forum.internal.Topic;
import org.thirdspace.forum.internal.TopicRepository;

/**
 * Watching topics and forums, read state and visits. Watching a forum tracks all its topics;
 * starting or replying to a topic watches it. Unread counts come from the read state (the
 * highest post number read per topic).
 */
@Service
@Transactional(readOnly = true)
public class ForumWatching {

    private final ForumService forum;
    private final TopicRepository topics;
    private final ForumState state;
    private final ReadTracking tracking;
    private final ForumAccess access;
    private final Clock clock;

    ForumWatching(ForumService forum, TopicRepository topics, ForumState state, ReadTracking tracking,
            ForumAccess access, Clock clock) {
        this.forum = forum;
        this.topics = topics;
        this.state = state;
        this.tracking = tracking;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void watch(WatchTarget target) {
        long me = access.requireMe();
        requireVisible(target);
        state.watch(me, target.key(), clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unwatch(WatchTarget target) {
        long me = access.requireMe();
        state.unwatch(me, target.key());
    }

    /** Whether the current user watches the target (false for visitors). */
    public boolean isWatching(WatchTarget target) {
        return access.me().map(me -> state.watches(me).containsKey(target.key())).orElse(false);
    }

    /** Marks a topic read up to post {@code number} (never moves backwards). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long topicId, int number) {
        long me = access.requireMe();
        Topic topic = access.visibleTopic(topicId);
        state.markRead(me, topicId, Math.max(0, Math.min(number, topic.lastPostNumber())), clock.instant());
    }

    /** Marks every topic of a forum read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markForumRead(ForumKey forumKey) {
        long me = access.requireMe();
        access.requireVisible(forumKey);
        List<Long> ids = forumKey.isGroup() ? topics.findIdsInGroup(forumKey.groupId())
                : topics.findIdsInCategory(forumKey.categoryId());
        Instant now = clock.instant();
        for (Topic topic : topics.findAllById(ids)) {
            state.markRead(me, topic.id(), topic.lastPostNumber(), now);
        }
    }

    /** The current user's badge over every forum they may see. */
    public UnreadSummary unread() {
        Optional<Long> me = access.me();
        if (me.isEmpty()) {
            return UnreadSummary.NONE;
        }
        ReadTracking.Context context = tracking.context(me.get());
        Map<ForumKey, long[]> counts = tracking.forumCounts(context, access::canSee);
        int topicsUnread = 0;
        long posts = 0;
        int fresh = 0;
        for (Map.Entry<ForumKey, long[]> entry : counts.entrySet()) {
            topicsUnread += (int) entry.getValue()[0];
            posts += entry.getValue()[1];
            if (context.watches().containsKey(entry.getKey().key())) {
                fresh += (int) entry.getValue()[2];
            }
        }
        return new UnreadSummary(topicsUnread, posts, fresh);
    }

    /**
     * Records a visit to a forum and returns the previous visit's time (null the first time). A
     * visit lasts while the user comes back within thirty minutes, so reloading keeps markers.
     */
    @Transactional
    public Instant visit(ForumKey forumKey) {
        access.requireVisible(forumKey);
        return access.me().flatMap(me -> state.visit(me, forumKey.key(), clock.instant())).orElse(null);
    }

    /**
     * Who watches a topic (directly or through its forum) and may still see it, for
     * notifications (issue 8). Not for the UI: no permission check on the caller.
     */
    public Set<Long> watchersOf(long topicId) {
        Optional<Topic> topic = topics.findById(topicId);
        if (topic.isEmpty() || topic.get().mergedIntoId() != null) {
            return Set.of();
        }
        Set<Long> watchers = state.watchers(List.of(WatchTarget.topic(topicId).key(), topic.get().forum().key()));
        return access.whoMaySee(topic.get().forum(), watchers);
    }

    /** Topics the current user watches, latest activity first. */
    public List<TopicSummary> watchedTopics(int page, int size) {
        Optional<Long> me = access.me();
        if (me.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        state.watches(me.get()).keySet().forEach(key -> WatchTarget.parse(key)
                .filter(t -> t.type() == WatchTarget.Type.TOPIC).ifPresent(t -> ids.add(t.id())));
        List<Topic> visible = topics.findAllById(ids).stream()
                .filter(t -> t.mergedIntoId() == null && access.canSee(t.forum()))
                .sorted(Comparator.comparing(Topic::lastPostedAt).reversed()).skip((long) Math.max(0, page) * size)
                .limit(Math.max(1, Math.min(size, 100))).toList();
        return forum.summaries(visible);
    }

    private void requireVisible(WatchTarget target) {
        switch (target.type()) {
            case TOPIC -> access.visibleTopic(target.id());
            case CATEGORY -> access.requireVisible(ForumKey.category(target.id()));
            case GROUP -> access.requireVisible(ForumKey.group(target.id()));
        }
    }
}
