package org.thirdspace.forum.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.WatchTarget;

/**
 * Unread and "new" for one person (ADR 9). A topic is tracked when they have a read mark on it
 * (they opened it), or watch it or its forum; its unread posts are those after the read mark
 * (or, without one, posted after the watch began), not their own and not removed. A topic is
 * unseen when they never opened it and it was started since their previous visit to its forum.
 */
@Component
@Transactional(readOnly = true)
public class ReadTracking {

    private final ForumState state;
    private final TopicRepository topics;

    ReadTracking(ForumState state, TopicRepository topics) {
        this.state = state;
        this.topics = topics;
    }

    /** What a list needs per topic. */
    public record Track(int lastRead, int unread, boolean unseen, boolean newActivity, boolean watching) {

        public static final Track NONE = new Track(0, 0, false, false, false);
    }

    /** Per-person context loaded once for a list. */
    public record Context(long person, Map<String, Instant> watches, Map<String, Instant> previousVisits) {

        public Instant trackedSince(Topic topic) {
            Instant direct = watches.get(WatchTarget.topic(topic.id()).key());
            Instant forum = watches.get(topic.forum().key());
            if (direct == null) {
                return forum;
            }
            return forum == null || direct.isBefore(forum) ? direct : forum;
        }

        public boolean watchingTopic(long topicId) {
            return watches.containsKey(WatchTarget.topic(topicId).key());
        }

        public Instant previousVisit(ForumKey forum) {
            return previousVisits.get(forum.key());
        }
    }

    public Context context(long person) {
        return new Context(person, state.watches(person), state.previousVisits(person));
    }

    public Map<Long, Track> track(Context context, Collection<Topic> list) {
        Map<Long, Track> result = new HashMap<>();
        if (list.isEmpty()) {
            return result;
        }
        Map<Long, Integer> marks = state.lastRead(context.person(), list.stream().map(Topic::id).toList());
        Map<Long, Instant> since = new HashMap<>();
        for (Topic topic : list) {
            Instant t = context.trackedSince(topic);
            if (t != null) {
                since.put(topic.id(), t);
            }
        }
        Map<Long, Integer> unread = state.unreadCounts(context.person(), marks, since);
        for (Topic topic : list) {
            Integer mark = marks.get(topic.id());
            Instant previous = context.previousVisit(topic.forum());
            boolean mine = topic.authorPersonId() == context.person();
            boolean unseen = mark == null && !mine && previous != null && topic.createdAt().isAfter(previous);
            boolean newActivity = previous != null && topic.lastPostedAt().isAfter(previous)
                    && !Long.valueOf(context.person()).equals(topic.lastPosterPersonId());
            result.put(topic.id(), new Track(mark == null ? 0 : mark, unread.getOrDefault(topic.id(), 0), unseen,
                    newActivity, context.watchingTopic(topic.id())));
        }
        return result;
    }

    /** Per forum: [topics with unread posts, unread posts, unseen topics], over the visible forums. */
    public Map<ForumKey, long[]> forumCounts(Context context, Predicate<ForumKey> visible) {
        Set<Long> candidates = new HashSet<>(state.possiblyUnread(context.person()).keySet());
        // topics in watched forums, or watched directly, with posts since the watch began
        for (Map.Entry<String, Instant> watch : context.watches().entrySet()) {
            WatchTarget.parse(watch.getKey()).ifPresent(target -> {
                switch (target.type()) {
                    case TOPIC -> candidates.add(target.id());
                    case CATEGORY -> candidates.addAll(topics.findIdsInCategory(target.id()));
                    case GROUP -> candidates.addAll(topics.findIdsInGroup(target.id()));
                }
            });
        }
        Instant earliestVisit = context.previousVisits().values().stream().min(Instant::compareTo).orElse(null);
        List<Topic> recent = earliestVisit == null ? List.of() : topics.findStartedSince(earliestVisit);
        recent.forEach(t -> candidates.add(t.id()));
        Map<ForumKey, Boolean> seen = new HashMap<>();
        List<Topic> loaded = topics.findAllById(candidates).stream()
                .filter(t -> t.mergedIntoId() == null && seen.computeIfAbsent(t.forum(), visible::test)).toList();
        Map<ForumKey, long[]> counts = new HashMap<>();
        Map<Long, Track> tracks = track(context, loaded);
        for (Topic topic : loaded) {
            Track track = tracks.get(topic.id());
            long[] c = counts.computeIfAbsent(topic.forum(), k -> new long[3]);
            if (track.unread() > 0) {
                c[0]++;
                c[1] += track.unread();
            }
            if (track.unseen()) {
                c[2]++;
            }
        }
        return counts;
    }
}
