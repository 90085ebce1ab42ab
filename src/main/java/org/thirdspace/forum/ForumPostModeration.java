package org.thirdspace.forum;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.forum.internal.ForumAccess;
import org.thirdspace.forum.internal.ForumPost;
import org.thirdspace.forum.internal.PostRepository;
import org.thirdspace.forum.internal.Topic;
import org.thirdspace.forum.internal.TopicRepository;
import org.thirdspace.people.PeopleService;

/**
 * What the moderation feature needs of forum posts (issue 7, ADR 10): a post as the current user
 * may see it (to flag it), posts for the moderation queue, and hiding a post pending review. A
 * hidden post keeps its text for its author and moderators, shows a placeholder to everyone else
 * and leaves the search index (the indexer treats it like a removed post) until it is shown again.
 * A moderator's edit ({@link #moderatorEdit}) goes through the forum's own edit pipeline, so the
 * post's edit history keeps the version before and names the moderator as the editor.
 * The moderation service decides who may hide and edit; this class does not check roles.
 */
@Service
@Transactional(readOnly = true)
public class ForumPostModeration {

    public static final int EXCERPT = 300;

    private final PostRepository posts;
    private final TopicRepository topics;
    private final ForumAccess access;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ForumService forum;

    ForumPostModeration(PostRepository posts, TopicRepository topics, ForumAccess access, PeopleService people,
            ApplicationEventPublisher events, Clock clock, ForumService forum) {
        this.forum = forum;
        this.posts = posts;
        this.topics = topics;
        this.access = access;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The post if the current user may see it (its forum is visible; not removed, and not hidden
     * unless they wrote it or moderate); else NOT_FOUND.
     */
    public ModeratedPost visible(long postId) {
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        Topic topic = access.visibleTopic(post.topicId());
        boolean moderator = access.canModerate(topic.forum());
        boolean mine = access.me().map(me -> me == post.authorPersonId()).orElse(false);
        if ((post.removed() && !moderator) || (post.hidden() && !mine && !moderator)) {
            throw ForumException.notFound();
        }
        return toModerated(post, topic, people.displayNames(List.of(post.authorPersonId())));
    }

    /** The posts that exist among {@code postIds}, by id, whoever asks (the caller is a moderator's service). */
    public Map<Long, ModeratedPost> forQueue(Collection<Long> postIds) {
        Map<Long, ModeratedPost> out = new LinkedHashMap<>();
        if (postIds.isEmpty()) {
            return out;
        }
        List<ForumPost> found = posts.findAllById(postIds);
        Map<Long, Topic> topicsById = new LinkedHashMap<>();
        topics.findAllById(found.stream().map(ForumPost::topicId).distinct().toList())
                .forEach(t -> topicsById.put(t.id(), t));
        Map<Long, String> names = people.displayNames(found.stream().map(ForumPost::authorPersonId).toList());
        for (ForumPost p : found) {
            Topic t = topicsById.get(p.topicId());
            if (t != null) {
                out.put(p.id(), toModerated(p, t, names));
            }
        }
        return out;
    }

    /**
     * Hides the post pending review or shows it again; answers whether that changed anything.
     * Publishes {@link TopicChanged} so the search index follows.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean setHidden(long postId, boolean hidden) {
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        if (post.hidden() == hidden) {
            return false;
        }
        post.hiddenAt(hidden ? clock.instant() : null);
        posts.flush();
        events.publishEvent(new TopicChanged(post.topicId()));
        return true;
    }

    /** The post's current Markdown, whoever asks (the caller is a moderator's service); empty when unknown. */
    public Optional<String> markdown(long postId) {
        return posts.findById(postId).map(ForumPost::markdown);
    }

    /**
     * A moderator replaces the post's Markdown: the same checks as an author's edit (INVALID on
     * {@code markdown}: required, at most {@link ForumService#MAX_POST} characters, no control
     * characters; INVALID on {@code reason}, at most {@link ForumService#MAX_REASON}; the posting
     * limits), the version before goes to the history, the current person is recorded as the
     * editor with the {@code reason}, mentions are notified and the search index follows. Works
     * on hidden, removed, closed and locked posts. FORBIDDEN when the moderator has no profile
     * (the history needs a person); NOT_FOUND for an unknown post; CONFLICT for a merged topic.
     * Unchanged text changes nothing. Answers the Markdown before the edit.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String moderatorEdit(long postId, String markdown, String reason) {
        return forum.editForModeration(postId, markdown, reason);
    }

    private static ModeratedPost toModerated(ForumPost p, Topic t, Map<Long, String> names) {
        String text = p.markdown() == null ? "" : p.markdown().strip().replaceAll("\\s+", " ");
        if (text.length() > EXCERPT) {
            text = text.substring(0, EXCERPT - 1) + "…";
        }
        return new ModeratedPost(p.id(), t.id(), p.number(), t.title(), p.authorPersonId(),
                names.get(p.authorPersonId()), text, p.hidden(), p.removed());
    }
}
