package org.thirdspace.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.forum.internal.ForumAccess;
import org.thirdspace.forum.internal.ForumPost;
import org.thirdspace.forum.internal.ForumState;
import org.thirdspace.forum.internal.PostRepository;
import org.thirdspace.forum.internal.Topic;
import org.thirdspace.forum.internal.TopicRepository;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.ContentRef;

/**
 * Moderator tools: pin, lock, close, move between forums, split replies into a new topic,
 * merge duplicates. Site moderators moderate every forum they may see; a group's facilitators
 * moderate its forum. Anyone else: FORBIDDEN (NOT_FOUND when they may not even see it).
 * Moving, splitting and merging across forums needs the right to moderate both.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ForumModeration {

    private final ForumService forum;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final ForumState state;
    private final ForumAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    ForumModeration(ForumService forum, TopicRepository topics, PostRepository posts, ForumState state,
            ForumAccess access, ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.forum = forum;
        this.topics = topics;
        this.posts = posts;
        this.state = state;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Pinned topics come first in their forum. */
    public TopicDetails pin(long topicId, boolean pinned) {
        Topic topic = moderated(topicId);
        boolean before = topic.pinned();
        topic.pin(pinned);
        audit(pinned ? "forum.pin" : "forum.unpin", topic, "pinned", before, pinned);
        return changed(topic);
    }

    /** A locked topic takes replies, edits and reactions from moderators only. */
    public TopicDetails lock(long topicId, boolean locked) {
        Topic topic = moderated(topicId);
        boolean before = topic.locked();
        topic.lock(locked);
        audit(locked ? "forum.lock" : "forum.unlock", topic, "locked", before, locked);
        return changed(topic);
    }

    /** A closed topic takes no replies from anyone until reopened. */
    public TopicDetails close(long topicId, boolean closed) {
        Topic topic = moderated(topicId);
        boolean before = topic.closed();
        topic.close(closed);
        audit(closed ? "forum.close" : "forum.reopen", topic, "closed", before, closed);
        return changed(topic);
    }

    /** Moves a topic to another forum. */
    public TopicDetails move(long topicId, ForumKey target) {
        Topic topic = moderated(topicId);
        requireTarget(target);
        if (topic.forum().equals(target)) {
            throw ForumException.invalid("target", "forum.error.move-same");
        }
        ForumKey from = topic.forum();
        topic.moveTo(target);
        audit("forum.move", topic, topic.title(), from.key(), target.key());
        return changed(topic);
    }

    /**
     * Splits replies (not the opening post) into a new topic in {@code target} with
     * {@code title}: the earliest becomes its opening post, the rest follow in order. Their old
     * numbers redirect ({@link ForumService#locate}). Returns the new topic.
     */
    public TopicDetails split(long topicId, List<Long> postIds, String title, ForumKey target) {
        Topic source = moderated(topicId);
        ForumKey where = target == null ? source.forum() : target;
        if (!where.equals(source.forum())) {
            requireTarget(where);
        }
        String cleanTitle = ForumService.title(title);
        if (postIds == null || postIds.isEmpty()) {
            throw ForumException.invalid("postIds", "forum.error.split-empty");
        }
        Set<Long> wanted = new LinkedHashSet<>(postIds);
        List<ForumPost> moving = posts.findAllById(wanted).stream()
                .sorted(Comparator.comparingInt(ForumPost::number)).toList();
        if (moving.size() != wanted.size() || moving.stream().anyMatch(p -> p.topicId() != topicId)) {
            throw ForumException.invalid("postIds", "forum.error.split-other-topic");
        }
        if (moving.stream().anyMatch(p -> p.number() == 1)) {
            throw ForumException.invalid("postIds", "forum.error.split-first-post");
        }
        Instant now = clock.instant();
        ForumPost first = moving.get(0);
        Topic created = topics.saveAndFlush(new Topic(where, TopicKind.DISCUSSION, cleanTitle, List.of(),
                first.authorPersonId(), first.createdAt()));
        Set<Long> movedIds = new HashSet<>(wanted);
        for (ForumPost post : moving) {
            state.recordMove(topicId, post.number(), post.id(), now);
            post.moveTo(created.id(), created.nextNumber());
            if (post.quotedPostId() != null && !movedIds.contains(post.quotedPostId())) {
                post.unquote();
            }
            state.watch(post.authorPersonId(), WatchTarget.topic(created.id()).key(), now);
        }
        for (ForumPost stay : posts.findAllOf(topicId)) {
            if (stay.quotedPostId() != null && movedIds.contains(stay.quotedPostId())) {
                stay.unquote();
            }
        }
        if (source.acceptedPostId() != null && movedIds.contains(source.acceptedPostId())) {
            source.accept(null);
        }
        forum.refreshLatest(created);
        forum.refreshLatest(source);
        topics.flush();
        events.publishEvent(new TopicChanged(topicId));
        events.publishEvent(new TopicChanged(created.id()));
        audit("forum.split", source, cleanTitle, "topic " + topicId + ", posts " + wanted,
                "topic " + created.id() + " in " + where.key());
        return forum.details(created);
    }

    /**
     * Merges a duplicate into another topic: the duplicate's posts follow the survivor's, in
     * time order; the duplicate stays as a closed redirect to the survivor. Returns the survivor.
     */
    public TopicDetails merge(long duplicateTopicId, long survivorTopicId) {
        if (duplicateTopicId == survivorTopicId) {
            throw ForumException.invalid("survivorTopicId", "forum.error.merge-same");
        }
        // lock in id order, so two merges the other way round cannot deadlock
        Topic duplicate;
        Topic survivor;
        if (duplicateTopicId < survivorTopicId) {
            duplicate = moderated(duplicateTopicId);
            survivor = moderated(survivorTopicId);
        } else {
            survivor = moderated(survivorTopicId);
            duplicate = moderated(duplicateTopicId);
        }
        Instant now = clock.instant();
        List<ForumPost> moving = new ArrayList<>(posts.findAllOf(duplicateTopicId));
        moving.sort(Comparator.comparing(ForumPost::createdAt).thenComparingInt(ForumPost::number));
        for (ForumPost post : moving) {
            state.recordMove(duplicateTopicId, post.number(), post.id(), now);
            post.moveTo(survivorTopicId, survivor.nextNumber());
        }
        Set<String> tags = new LinkedHashSet<>(survivor.tags());
        duplicate.tags().stream().filter(t -> tags.size() < ForumService.MAX_TAGS).forEach(tags::add);
        survivor.retitle(survivor.title(), List.copyOf(tags));
        duplicate.mergeInto(survivorTopicId);
        state.moveWatches(WatchTarget.topic(duplicateTopicId).key(), WatchTarget.topic(survivorTopicId).key(), now);
        state.forgetReads(duplicateTopicId);
        forum.refreshLatest(survivor);
        duplicate.activity(duplicate.lastPostedAt(), duplicate.lastPosterPersonId(), 0, duplicate.lastPostNumber());
        topics.flush();
        events.publishEvent(new TopicChanged(duplicateTopicId));
        events.publishEvent(new TopicChanged(survivorTopicId));
        audit("forum.merge", duplicate, duplicate.title(), "topic " + duplicateTopicId,
                "merged into topic " + survivorTopicId);
        return forum.details(survivor);
    }

    private Topic moderated(long topicId) {
        access.requireMe();
        Topic topic = forum.lockedVisibleTopic(topicId);
        if (!access.canModerate(topic.forum())) {
            throw ForumException.forbidden("forum.error.not-moderator");
        }
        ForumService.requireNotMerged(topic);
        return topic;
    }

    private void requireTarget(ForumKey target) {
        if (target == null) {
            throw ForumException.invalid("target", "forum.error.forum-required");
        }
        access.requireVisible(target);
        if (!access.canModerate(target)) {
            throw ForumException.forbidden("forum.error.not-moderator");
        }
    }

    private void audit(String action, Topic topic, String field, boolean before, boolean after) {
        audit(action, topic, topic.title(), field + "=" + before, field + "=" + after);
    }

    private void audit(String action, Topic topic, String summary, String before, String after) {
        Long actor = currentUser.id().orElse(null);
        String label = currentUser.displayName().orElse(null);
        events.publishEvent(new AuditableAction(actor, label, action, ContentRef.of("forum-topic", topic.id()),
                summary, before, after));
    }

    private TopicDetails changed(Topic topic) {
        topics.flush();
        events.publishEvent(new TopicChanged(topic.id()));
        return forum.details(topic);
    }
}
