package org.thirdspace.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.forum.internal.CategoryRepository;
import org.thirdspace.forum.internal.ForumAccess;
import org.thirdspace.forum.internal.ForumCategory;
import org.thirdspace.forum.internal.ForumPost;
import org.thirdspace.forum.internal.ForumState;
import org.thirdspace.forum.internal.PostRenderer;
import org.thirdspace.forum.internal.PostRepository;
import org.thirdspace.forum.internal.PostRevision;
import org.thirdspace.forum.internal.PostRevisionRepository;
import org.thirdspace.forum.internal.ReadTracking;
import org.thirdspace.forum.internal.Topic;
import org.thirdspace.forum.internal.TopicRepository;
import org.thirdspace.groups.GroupActivity;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.shared.PostingLimits;

import jakarta.validation.Valid;

/**
 * Reading and writing the forums: categories, group forums, topics, posts, edits, removal,
 * reactions, accepted answers, quotes and mentions. Every read answers as the current user may
 * see it (a private group's forum only for its members); what they may not see is NOT_FOUND.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ForumService {

    /** Posts per page of a topic. */
    public static final int PAGE_SIZE = 20;
    /** Longest post, in characters after trimming. */
    public static final int MAX_POST = 50_000;
    public static final int MIN_TITLE = 3;
    public static final int MAX_TITLE = 200;
    public static final int MAX_TAGS = 5;
    public static final int MAX_REASON = 500;
    /** Replies in a group forum reach the group's timeline at most once a day per topic (topics and answers always). */
    static final Duration TIMELINE_REPLY_GAP = Duration.ofHours(24);
    static final String HELPFUL = "helpful";

    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final ForumState state;
    private final ReadTracking tracking;
    private final ForumAccess access;
    private final PostRenderer renderer;
    private final PeopleService people;
    private final GroupService groups;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PostingLimits limits;

    ForumService(CategoryRepository categories, TopicRepository topics, PostRepository posts,
            PostRevisionRepository revisions, ForumState state, ReadTracking tracking, ForumAccess access,
            PostRenderer renderer, PeopleService people, GroupService groups, MessageSource messages,
            ApplicationEventPublisher events, Clock clock, PostingLimits limits) {
        this.categories = categories;
        this.topics = topics;
        this.posts = posts;
        this.revisions = revisions;
        this.state = state;
        this.tracking = tracking;
        this.access = access;
        this.renderer = renderer;
        this.people = people;
        this.groups = groups;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
    }

    // ------------------------------------------------------------------ forums

    /** Site-wide categories the current user may read, in position order (archived last). */
    public List<Category> categories() {
        List<ForumCategory> visible = categories.findAllOrdered().stream().filter(access::canSee).toList();
        Map<Long, Object[]> stats = new HashMap<>();
        topics.categoryStats().forEach(row -> stats.put((Long) row[0], row));
        Map<ForumKey, long[]> counts = forumCounts();
        Set<String> watches = watchKeys();
        return visible.stream().map(c -> toCategory(c, stats.get(c.id()), counts, watches)).toList();
    }

    /** A category by id or NOT_FOUND. */
    public Category category(long categoryId) {
        ForumCategory category = categories.findById(categoryId).filter(access::canSee)
                .orElseThrow(ForumException::notFound);
        return toCategory(category);
    }

    /** A category by slug. */
    public Optional<Category> categoryBySlug(String slug) {
        return categories.findBySlug(slug == null ? "" : slug).filter(access::canSee).map(this::toCategory);
    }

    /** Moderators create a category (slug unique: INVALID on {@code slug} when taken). */
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    @Transactional
    public Category createCategory(@Valid CategoryDraft draft) {
        if (categories.findBySlug(draft.slug()).isPresent()) {
            throw ForumException.invalid("slug", "forum.error.slug-taken", draft.slug());
        }
        int position = draft.position() == null ? categories.maxPosition() + 1 : draft.position();
        try {
            ForumCategory saved = categories.saveAndFlush(new ForumCategory(draft, position, clock.instant()));
            return toCategory(saved);
        } catch (DataIntegrityViolationException e) {
            throw ForumException.invalid("slug", "forum.error.slug-taken", draft.slug());
        }
    }

    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    @Transactional
    public Category updateCategory(long categoryId, @Valid CategoryDraft draft) {
        ForumCategory category = categories.findById(categoryId).orElseThrow(ForumException::notFound);
        categories.findBySlug(draft.slug()).filter(other -> other.id() != categoryId).ifPresent(other -> {
            throw ForumException.invalid("slug", "forum.error.slug-taken", draft.slug());
        });
        boolean visibilityChanged = category.visibility() != draft.visibility();
        category.apply(draft, draft.position() == null ? category.position() : draft.position());
        categories.flush();
        if (visibilityChanged) {
            topics.findIdsInCategory(categoryId).forEach(id -> events.publishEvent(new TopicChanged(id)));
        }
        return toCategory(category);
    }

    /** A group's forum or NOT_FOUND when the group is unknown or invisible to the user. */
    public GroupForum groupForum(long groupId) {
        GroupSummary group = groups.summaries(List.of(groupId)).stream().findFirst()
                .orElseThrow(ForumException::notFound);
        return toGroupForums(List.of(group)).get(0);
    }

    /** The forums of the current user's groups (empty for visitors). */
    public List<GroupForum> myGroupForums() {
        if (access.me().isEmpty()) {
            return List.of();
        }
        return toGroupForums(groups.myGroups());
    }

    /** The display name of a forum (category name or group name); NOT_FOUND when invisible. */
    public String forumName(ForumKey forum) {
        access.requireVisible(forum);
        return forumNames(Set.of(forum)).get(forum);
    }

    /** Whether the current user may start topics in the forum. */
    public boolean canPostIn(ForumKey forum) {
        if (!access.canSee(forum) || !access.canPost(forum)) {
            return false;
        }
        return forum.isGroup() || categories.findById(forum.categoryId()).map(c -> !c.archived()).orElse(false);
    }

    // ------------------------------------------------------------------ topics

    /** Topics the current user may see, as the query asks (see {@link TopicListQuery}). */
    public TopicList topics(TopicListQuery query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > 100) {
            throw ForumException.invalid("size", "forum.error.page");
        }
        Set<Long> categoryIds;
        Set<Long> groupIds;
        if (query.forum() != null) {
            access.requireVisible(query.forum());
            categoryIds = query.forum().isGroup() ? Set.of() : Set.of(query.forum().categoryId());
            groupIds = query.forum().isGroup() ? Set.of(query.forum().groupId()) : Set.of();
        } else {
            categoryIds = access.visibleCategories().keySet();
            groupIds = access.visibleGroupIds();
        }
        Optional<Long> me = access.me();
        Set<Long> onlyIds = null;
        if (query.unreadOnly()) {
            if (me.isEmpty()) {
                return new TopicList(0, List.of());
            }
            onlyIds = unreadTopicIds(me.get(), categoryIds, groupIds);
            if (onlyIds.isEmpty()) {
                return new TopicList(0, List.of());
            }
        }
        String tag = query.tag() == null || query.tag().isBlank() ? null : query.tag().strip().toLowerCase(Locale.ROOT);
        Specification<Topic> spec = where(categoryIds, groupIds, tag, query.solved(), query.authorPersonId(), onlyIds);
        Sort sort = query.forum() != null ? Sort.by(Sort.Order.desc("pinned"), Sort.Order.desc("lastPostedAt"),
                Sort.Order.desc("id")) : Sort.by(Sort.Order.desc("lastPostedAt"), Sort.Order.desc("id"));
        Page<Topic> page = topics.findAll(spec, PageRequest.of(query.page(), query.size(), sort));
        return new TopicList(page.getTotalElements(), summaries(page.getContent()));
    }

    private static Specification<Topic> where(Set<Long> categoryIds, Set<Long> groupIds, String tag, Boolean solved,
            Long author, Set<Long> onlyIds) {
        return (root, q, cb) -> {
            List<Predicate> and = new ArrayList<>();
            and.add(cb.isNull(root.get("mergedIntoId")));
            List<Predicate> forums = new ArrayList<>();
            if (!categoryIds.isEmpty()) {
                forums.add(root.get("categoryId").in(categoryIds));
            }
            if (!groupIds.isEmpty()) {
                forums.add(root.get("groupId").in(groupIds));
            }
            and.add(forums.isEmpty() ? cb.disjunction() : cb.or(forums.toArray(Predicate[]::new)));
            if (tag != null) {
                and.add(cb.isMember(tag, root.get("tags")));
            }
            if (solved != null) {
                and.add(cb.equal(root.get("kind"), TopicKind.QUESTION));
                and.add(solved ? cb.isNotNull(root.get("acceptedPostId")) : cb.isNull(root.get("acceptedPostId")));
            }
            if (author != null) {
                and.add(cb.equal(root.get("authorPersonId"), author));
            }
            if (onlyIds != null) {
                and.add(root.get("id").in(onlyIds));
            }
            return cb.and(and.toArray(Predicate[]::new));
        };
    }

    private Set<Long> unreadTopicIds(long me, Set<Long> categoryIds, Set<Long> groupIds) {
        ReadTracking.Context context = tracking.context(me);
        Set<Long> result = new HashSet<>();
        Set<Long> candidates = new HashSet<>(state.possiblyUnread(me).keySet());
        context.watches().keySet().forEach(key -> WatchTarget.parse(key).ifPresent(t -> {
            switch (t.type()) {
                case TOPIC -> candidates.add(t.id());
                case CATEGORY -> candidates.addAll(topics.findIdsInCategory(t.id()));
                case GROUP -> candidates.addAll(topics.findIdsInGroup(t.id()));
            }
        }));
        Instant earliest = context.previousVisits().values().stream().min(Instant::compareTo).orElse(null);
        if (earliest != null) {
            topics.findStartedSince(earliest).forEach(t -> candidates.add(t.id()));
        }
        List<Topic> loaded = topics.findAllById(candidates).stream().filter(t -> t.mergedIntoId() == null)
                .filter(t -> t.groupId() == null ? categoryIds.contains(t.categoryId()) : groupIds.contains(t.groupId()))
                .toList();
        tracking.track(context, loaded).forEach((id, track) -> {
            if (track.unread() > 0 || track.unseen()) {
                result.add(id);
            }
        });
        return result;
    }

    /** Starts a topic; the author watches it. FORBIDDEN when they may not post in the forum. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails createTopic(TopicDraft draft) {
        long me = access.requireMe();
        if (draft.forum() == null) {
            throw ForumException.invalid("forum", "forum.error.forum-required");
        }
        access.requireVisible(draft.forum());
        if (!access.canPost(draft.forum())) {
            throw ForumException.forbidden("forum.error.may-not-post");
        }
        if (!draft.forum().isGroup() && categories.findById(draft.forum().categoryId()).orElseThrow().archived()) {
            throw ForumException.forbidden("forum.error.category-archived");
        }
        if (draft.kind() == null) {
            throw ForumException.invalid("kind", "forum.error.kind-required");
        }
        String title = title(draft.title());
        List<String> tags = tags(draft.tags());
        String text = postText(draft.markdown());
        limits.checkPost(me, PostingLimits.Kind.TOPIC, text);
        Instant now = clock.instant();
        Topic topic = topics.saveAndFlush(new Topic(draft.forum(), draft.kind(), title, tags, me, now));
        ForumPost first = posts.save(new ForumPost(topic.id(), topic.nextNumber(), me, text, null, now));
        posts.flush();
        state.watch(me, WatchTarget.topic(topic.id()).key(), now);
        state.markRead(me, topic.id(), first.number(), now);
        mentions(first, topic, me);
        if (topic.groupId() != null) {
            events.publishEvent(new GroupActivity(topic.groupId(), me, title, topic.id(), "forum-topic"));
        }
        events.publishEvent(new TopicCreated(topic.id(), first.id(), topic.forum(), topic.kind(), me, title));
        events.publishEvent(new TopicChanged(topic.id()));
        return details(topic);
    }

    /** A topic (without posts) or NOT_FOUND. */
    public TopicDetails topic(long topicId) {
        return details(access.visibleTopic(topicId));
    }

    /**
     * A page of posts (from 1; beyond the last page: the last page). Reading a page records the
     * user's read state up to the page's last post and a visit to the forum. The details tell
     * the read state as it was before this page was read (so the view can mark what is new).
     */
    @Transactional
    public TopicPage page(long topicId, int page) {
        if (page < 1) {
            throw ForumException.invalid("page", "forum.error.page");
        }
        Topic topic = access.visibleTopic(topicId);
        Optional<Long> me = access.me();
        Instant previousVisit = null;
        Integer lastRead = null;
        if (me.isPresent()) {
            previousVisit = state.visit(me.get(), topic.forum().key(), clock.instant()).orElse(null);
            lastRead = state.lastRead(me.get(), topicId);
        }
        long count = posts.countByTopicId(topicId);
        int pageCount = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(page, pageCount);
        List<ForumPost> list = posts.findPage(topicId, PageRequest.of(shown - 1, PAGE_SIZE));
        TopicDetails details = details(topic, count, lastRead, previousVisit);
        List<Post> rendered = toPosts(topic, list, details.permissions(), lastRead);
        if (me.isPresent() && !list.isEmpty()) {
            state.markRead(me.get(), topicId, list.get(list.size() - 1).number(), clock.instant());
            int before = lastRead == null ? 0 : lastRead;
            List<ForumPost> fresh = list.stream().filter(p -> p.number() > before).toList();
            if (!fresh.isEmpty()) {
                int characters = fresh.stream().filter(p -> !p.removed()).mapToInt(p -> p.markdown().length()).sum();
                events.publishEvent(new TopicRead(topicId, me.get(), fresh.size(), characters));
            }
        }
        return new TopicPage(details, shown, PAGE_SIZE, pageCount, rendered);
    }

    /** The page (from 1) that holds post {@code number} (or the next one after a gap). */
    public int pageOf(long topicId, int number) {
        access.visibleTopic(topicId);
        long before = posts.countByTopicIdAndNumberLessThan(topicId, number);
        long count = posts.countByTopicId(topicId);
        int last = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        return (int) Math.min(last, before / PAGE_SIZE + 1);
    }

    /** The page holding the user's first unread post (the last page when all read). */
    public int firstUnreadPage(long topicId) {
        access.visibleTopic(topicId);
        Optional<Long> me = access.me();
        if (me.isEmpty()) {
            return 1;
        }
        Integer mark = state.lastRead(me.get(), topicId);
        if (mark == null) {
            return 1;
        }
        return pageOf(topicId, mark + 1);
    }

    /**
     * Where a post number now lives after splits and merges: the same topic and number, or the
     * topic and number it moved to; a merged topic redirects to its survivor. NOT_FOUND when
     * neither is visible.
     */
    public PostLocation locate(long topicId, int number) {
        Topic topic = topics.findById(topicId).orElseThrow(ForumException::notFound);
        if (topic.mergedIntoId() == null && access.canSee(topic.forum())
                && posts.findByTopicIdAndNumber(topicId, number).isPresent()) {
            return new PostLocation(topicId, number, pageOf(topicId, number));
        }
        Optional<Long> moved = state.movedPost(topicId, number);
        if (moved.isPresent()) {
            ForumPost post = posts.findById(moved.get()).orElseThrow(ForumException::notFound);
            return locate(post.topicId(), post.number());
        }
        if (topic.mergedIntoId() != null) {
            return locate(topic.mergedIntoId(), 1);
        }
        access.requireVisible(topic.forum());
        return new PostLocation(topicId, number, pageOf(topicId, number));
    }

    /** The author or a moderator changes the title and tags (rules of {@link TopicDraft}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails editTopic(long topicId, String title, List<String> tags) {
        long me = access.requireMe();
        Topic topic = lockedVisibleTopic(topicId);
        boolean moderator = access.canModerate(topic.forum());
        if (!moderator && (topic.authorPersonId() != me || topic.locked() || topic.closed())) {
            throw ForumException.forbidden("forum.error.not-author");
        }
        requireNotMerged(topic);
        topic.retitle(title(title), tags(tags));
        topics.flush();
        events.publishEvent(new TopicChanged(topicId));
        return details(topic);
    }

    // ------------------------------------------------------------------ posts

    /**
     * Replies to a topic; the author watches it and has read it up to their reply. FORBIDDEN when
     * the topic is closed (or locked, for non-moderators) or they may not post in the forum.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post reply(long topicId, PostDraft draft) {
        long me = access.requireMe();
        // lock first: an entity loaded before the lock would keep a stale post number
        Topic topic = lockedVisibleTopic(topicId);
        String text = postText(draft == null ? null : draft.markdown());
        requireNotMerged(topic);
        boolean moderator = access.canModerate(topic.forum());
        if (!access.canPost(topic.forum())) {
            throw ForumException.forbidden("forum.error.may-not-post");
        }
        if (topic.closed()) {
            throw ForumException.forbidden("forum.error.closed");
        }
        if (topic.locked() && !moderator) {
            throw ForumException.forbidden("forum.error.locked");
        }
        Long quoted = null;
        if (draft.quotedPostId() != null) {
            ForumPost q = posts.findById(draft.quotedPostId()).filter(p -> p.topicId() == topicId)
                    .orElseThrow(() -> ForumException.invalid("quotedPostId", "forum.error.quote-elsewhere"));
            quoted = q.id();
        }
        limits.checkPost(me, PostingLimits.Kind.REPLY, text);
        Instant now = clock.instant();
        ForumPost post = posts.saveAndFlush(new ForumPost(topicId, topic.nextNumber(), me, text, quoted, now));
        topic.posted(me, now, true);
        state.watch(me, WatchTarget.topic(topicId).key(), now);
        state.markRead(me, topicId, post.number(), now);
        mentions(post, topic, me);
        if (topic.groupId() != null
                && (topic.timelineAt() == null || topic.timelineAt().plus(TIMELINE_REPLY_GAP).isBefore(now))) {
            topic.timelineAt(now);
            events.publishEvent(new GroupActivity(topic.groupId(), me, topic.title(), topicId, "forum-reply"));
        }
        topics.flush();
        events.publishEvent(new PostCreated(post.id(), topicId, post.number(), topic.forum(), me));
        events.publishEvent(new TopicChanged(topicId));
        return toPosts(topic, List.of(post), permissions(topic), post.number()).get(0);
    }

    /** One post (as in a page) or NOT_FOUND. */
    public Post post(long postId) {
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        Topic topic = access.visibleTopic(post.topicId());
        Integer mark = access.me().map(me -> state.lastRead(me, topic.id())).orElse(null);
        return toPosts(topic, List.of(post), permissions(topic), mark).get(0);
    }

    /** The author (topic open) or a moderator edits a post; the old version goes to the history. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post edit(long postId, PostEdit edit) {
        long me = access.requireMe();
        Topic topic = lockedVisibleTopic(posts.findTopicId(postId).orElseThrow(ForumException::notFound));
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        String text = postText(edit == null ? null : edit.markdown());
        String reason = reason(edit.reason(), false);
        requireNotMerged(topic);
        boolean moderator = access.canModerate(topic.forum());
        if (!moderator) {
            if (post.authorPersonId() != me || post.removed()) {
                throw ForumException.forbidden("forum.error.not-author");
            }
            if (topic.locked()) {
                throw ForumException.forbidden("forum.error.locked");
            }
            if (topic.closed()) {
                throw ForumException.forbidden("forum.error.closed");
            }
        }
        if (edit.basedOnRevision() != null && edit.basedOnRevision() != post.revisionCount()) {
            throw ForumException.conflict("forum.error.edit-stale", post.revisionCount());
        }
        if (text.equals(post.markdown())) {
            return post(postId);
        }
        limits.checkPost(me, PostingLimits.Kind.EDIT, text);
        applyEdit(topic, post, text, reason, me);
        return post(postId);
    }

    /**
     * For {@link ForumPostModeration#moderatorEdit}: a site moderator's edit from the moderation
     * queue, with the same checks of the text, posting limits and history as {@link #edit}, but
     * whatever the topic's state and without a forum-visibility check (the moderation service
     * checked the role). Answers the Markdown before the edit.
     */
    @Transactional
    String editForModeration(long postId, String markdown, String reason) {
        long me = access.requireMe();
        Topic topic = topics.findForUpdate(posts.findTopicId(postId).orElseThrow(ForumException::notFound))
                .orElseThrow(ForumException::notFound);
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        String text = postText(markdown);
        String why = reason(reason, false);
        requireNotMerged(topic);
        String before = post.markdown();
        if (!text.equals(before)) {
            limits.checkPost(me, PostingLimits.Kind.EDIT, text);
            applyEdit(topic, post, text, why, me);
        }
        return before;
    }

    /** The old version goes to the history, the post gets the new text, mentions and search follow. */
    private void applyEdit(Topic topic, ForumPost post, String text, String reason, long me) {
        Instant now = clock.instant();
        long previousAuthor = post.editedByPersonId() == null ? post.authorPersonId() : post.editedByPersonId();
        Instant previousAt = post.editedAt() == null ? post.createdAt() : post.editedAt();
        revisions.save(new PostRevision(post.id(), post.revisionCount() + 1, post.markdown(), post.editReason(),
                previousAuthor, previousAt));
        post.edit(text, me, reason, now);
        posts.flush();
        mentions(post, topic, me);
        events.publishEvent(new TopicChanged(topic.id()));
    }

    /**
     * The author or a moderator removes a post with a reason (required, up to
     * {@link #MAX_REASON}); it stays in place as "post removed". Removing the opening post is
     * for moderators only. An accepted answer that is removed is no longer accepted.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post remove(long postId, String reason) {
        long me = access.requireMe();
        Topic topic = lockedVisibleTopic(posts.findTopicId(postId).orElseThrow(ForumException::notFound));
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        String why = reason(reason, true);
        boolean moderator = access.canModerate(topic.forum());
        if (!moderator) {
            if (post.authorPersonId() != me) {
                throw ForumException.forbidden("forum.error.not-author");
            }
            if (post.number() == 1) {
                throw ForumException.forbidden("forum.error.remove-first-post");
            }
            if (topic.locked()) {
                throw ForumException.forbidden("forum.error.locked");
            }
        }
        if (post.removed()) {
            throw ForumException.conflict("forum.error.already-removed");
        }
        post.remove(me, why, clock.instant());
        if (moderator && post.authorPersonId() != me) {
            auditPost("forum.post.remove", post, why, "removed=false", "removed=true");
        }
        if (post.number() > 1) {
            topic.replyRemoved();
        }
        if (Objects.equals(topic.acceptedPostId(), postId)) {
            topic.accept(null);
        }
        refreshLatest(topic);
        posts.flush();
        events.publishEvent(new TopicChanged(topic.id()));
        return post(postId);
    }

    /** A moderator restores a removed post. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post restore(long postId) {
        access.requireMe();
        Topic topic = lockedVisibleTopic(posts.findTopicId(postId).orElseThrow(ForumException::notFound));
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        if (!access.canModerate(topic.forum())) {
            throw ForumException.forbidden("forum.error.not-moderator");
        }
        if (!post.removed()) {
            throw ForumException.conflict("forum.error.not-removed");
        }
        String reason = post.deleteReason();
        post.restore();
        auditPost("forum.post.restore", post, reason, "removed=true", "removed=false");
        if (post.number() > 1) {
            topic.replyRestored();
        }
        refreshLatest(topic);
        posts.flush();
        events.publishEvent(new TopicChanged(topic.id()));
        return post(postId);
    }

    private void auditPost(String action, ForumPost post, String summary, String before, String after) {
        Long actor = access.accountId().orElse(null);
        events.publishEvent(new org.thirdspace.shared.AuditableAction(actor, access.displayName().orElse(null),
                action, org.thirdspace.shared.ContentRef.of("forum-post", post.id()), summary, before, after));
    }

    /** The edit history (oldest first, current last): the author and moderators only (else FORBIDDEN). */
    public List<PostVersion> history(long postId) {
        long me = access.requireMe();
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        Topic topic = access.visibleTopic(post.topicId());
        if (post.authorPersonId() != me && !access.canModerate(topic.forum())) {
            throw ForumException.forbidden("forum.error.history-forbidden");
        }
        List<PostRevision> earlier = revisions.findByPostIdOrderByNumber(postId);
        Set<Long> ids = new HashSet<>();
        earlier.forEach(r -> ids.add(r.editedByPersonId()));
        long currentEditor = post.editedByPersonId() == null ? post.authorPersonId() : post.editedByPersonId();
        ids.add(currentEditor);
        Map<Long, String> names = people.displayNames(ids);
        List<PostVersion> versions = new ArrayList<>();
        for (PostRevision r : earlier) {
            versions.add(new PostVersion(r.number(), r.markdown(), renderer.render(r.markdown()), r.editedByPersonId(),
                    names.get(r.editedByPersonId()), r.editedAt(), r.editReason(), false));
        }
        versions.add(new PostVersion(post.revisionCount() + 1, post.markdown(), renderer.render(post.markdown()),
                currentEditor, names.get(currentEditor), post.editedAt() == null ? post.createdAt() : post.editedAt(),
                post.editReason(), true));
        return versions;
    }

    /** Marks or unmarks a post as helpful (not one's own: FORBIDDEN). Idempotent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post setHelpful(long postId, boolean helpful) {
        long me = access.requireMe();
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        Topic topic = access.visibleTopic(post.topicId());
        if (post.removed()) {
            throw ForumException.notFound();
        }
        if (post.authorPersonId() == me) {
            throw ForumException.forbidden("forum.error.own-post-helpful");
        }
        if (topic.locked() && !access.canModerate(topic.forum())) {
            throw ForumException.forbidden("forum.error.locked");
        }
        post.helpfulCount(state.react(postId, me, HELPFUL, helpful, clock.instant()));
        posts.flush();
        events.publishEvent(new TopicChanged(topic.id()));
        return post(postId);
    }

    /**
     * Marks a reply as the accepted answer of a question: only the question's author or a
     * moderator; only a reply (not the opening post) of the same question that is not removed.
     * Replaces an earlier accepted answer.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails accept(long topicId, long postId) {
        long me = access.requireMe();
        Topic topic = lockedVisibleTopic(topicId);
        requireAcceptRights(topic, me);
        ForumPost post = posts.findById(postId).filter(p -> p.topicId() == topicId)
                .orElseThrow(() -> ForumException.invalid("postId", "forum.error.accept-other-topic"));
        if (post.number() == 1) {
            throw ForumException.invalid("postId", "forum.error.accept-first-post");
        }
        if (post.removed()) {
            throw ForumException.invalid("postId", "forum.error.accept-removed");
        }
        if (Objects.equals(topic.acceptedPostId(), postId)) {
            return details(topic);
        }
        topic.accept(postId);
        topics.flush();
        if (topic.groupId() != null) {
            events.publishEvent(new GroupActivity(topic.groupId(), me, topic.title(), topicId, "forum-answer"));
        }
        events.publishEvent(new AnswerAccepted(topicId, postId, post.authorPersonId(), topic.authorPersonId(), me));
        events.publishEvent(new TopicChanged(topicId));
        return details(topic);
    }

    /** Takes the accepted answer back (same people as {@link #accept}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails unaccept(long topicId) {
        long me = access.requireMe();
        Topic topic = lockedVisibleTopic(topicId);
        requireAcceptRights(topic, me);
        if (topic.acceptedPostId() != null) {
            topic.accept(null);
            topics.flush();
            events.publishEvent(new TopicChanged(topicId));
        }
        return details(topic);
    }

    private void requireAcceptRights(Topic topic, long me) {
        requireNotMerged(topic);
        if (topic.kind() != TopicKind.QUESTION) {
            throw ForumException.invalid("topic", "forum.error.not-a-question");
        }
        if (topic.authorPersonId() != me && !access.canModerate(topic.forum())) {
            throw ForumException.forbidden("forum.error.accept-forbidden");
        }
    }

    /** Markdown that quotes a post, with its author and a link back, for the composer. */
    public String quote(long postId) {
        ForumPost post = posts.findById(postId).orElseThrow(ForumException::notFound);
        Topic topic = access.visibleTopic(post.topicId());
        if (post.removed() || post.hidden()) {
            throw ForumException.notFound();
        }
        String name = people.displayNames(List.of(post.authorPersonId())).getOrDefault(post.authorPersonId(), "?");
        String header = messages.getMessage("forum.quote.wrote", new Object[] { name, post.number() },
                LocaleContextHolder.getLocale());
        // mentions inside a quote are not mentions again
        String body = PostRenderer.MENTION.matcher(post.markdown()).replaceAll(r -> "@" + r.group(1).replace("$", "\\$"));
        StringBuilder quote = new StringBuilder("> [").append(header.replace("[", "(").replace("]", ")"))
                .append("](forum/t/").append(topic.id()).append("?post=").append(post.number()).append(")\n>\n");
        body.strip().lines().forEach(line -> quote.append("> ").append(line).append('\n'));
        return quote.append('\n').toString();
    }

    /** Renders Markdown as a post would be shown (for the composer's preview). */
    public String preview(String markdown) {
        return renderer.render(markdown == null ? "" : markdown);
    }

    /**
     * People whose display name starts with (or has a word starting with) {@code prefix}, who
     * may see the forum and whose profile is not hidden, best first, at most {@code limit}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Mentionable> mentionable(ForumKey forum, String prefix, int limit) {
        access.requireVisible(forum);
        int max = Math.max(1, Math.min(limit, 20));
        Optional<Long> me = access.me();
        var found = people.suggestByName(prefix, max * 3).stream()
                .filter(p -> me.isEmpty() || p.id() != me.get()).toList();
        Set<Long> allowed = access.whoMaySee(forum, found.stream().map(p -> p.id()).collect(Collectors.toSet()));
        return found.stream().filter(p -> allowed.contains(p.id())).limit(max)
                .map(p -> new Mentionable(p.id(), p.displayName(), p.headline())).toList();
    }

    /** Where a post lives now (see {@link #locate}). */
    public record PostLocation(long topicId, int number, int page) {
    }

    // ------------------------------------------------------------------ building answers

    Topic lockedVisibleTopic(long topicId) {
        Topic topic = topics.findForUpdate(topicId).orElseThrow(ForumException::notFound);
        access.requireVisible(topic.forum());
        return topic;
    }

    static void requireNotMerged(Topic topic) {
        if (topic.mergedIntoId() != null) {
            throw ForumException.conflict("forum.error.merged");
        }
    }

    /** Latest activity from the posts that are not removed. */
    void refreshLatest(Topic topic) {
        posts.flush();
        List<ForumPost> latest = posts.findLatestVisible(topic.id(), PageRequest.of(0, 1));
        ForumPost last = latest.isEmpty() ? null : latest.get(0);
        topic.activity(last == null ? topic.createdAt() : last.createdAt(),
                last == null ? topic.authorPersonId() : last.authorPersonId(), posts.countReplies(topic.id()),
                topic.lastPostNumber());
    }

    private void mentions(ForumPost post, Topic topic, long me) {
        Set<Long> named = new LinkedHashSet<>(PostRenderer.mentions(post.markdown()));
        named.remove(me);
        if (named.isEmpty()) {
            return;
        }
        Set<Long> known = people.displayNames(named).keySet();
        Set<Long> allowed = access.whoMaySee(topic.forum(), known);
        Set<Long> added = state.mention(post.id(), allowed);
        for (Long person : added) {
            events.publishEvent(new MentionedInPost(post.id(), topic.id(), person, me));
        }
    }

    TopicPermissions permissions(Topic topic) {
        Optional<Long> me = access.me();
        if (me.isEmpty()) {
            return TopicPermissions.VISITOR;
        }
        boolean moderate = access.canModerate(topic.forum());
        boolean merged = topic.mergedIntoId() != null;
        boolean post = access.canPost(topic.forum());
        boolean reply = !merged && post && !topic.closed() && (!topic.locked() || moderate);
        boolean react = !merged && (!topic.locked() || moderate);
        boolean accept = !merged && topic.kind() == TopicKind.QUESTION
                && (topic.authorPersonId() == me.get() || moderate);
        boolean editTopic = !merged && (moderate || (topic.authorPersonId() == me.get() && !topic.locked()
                && !topic.closed()));
        return new TopicPermissions(reply, react, true, accept, editTopic, moderate && !merged);
    }

    TopicDetails details(Topic topic) {
        Optional<Long> me = access.me();
        Integer mark = me.map(p -> state.lastRead(p, topic.id())).orElse(null);
        Instant previous = me.map(p -> state.previousVisits(p).get(topic.forum().key())).orElse(null);
        return details(topic, posts.countByTopicId(topic.id()), mark, previous);
    }

    private TopicDetails details(Topic topic, long postCount, Integer lastRead, Instant previousVisit) {
        TopicPermissions permissions = permissions(topic);
        Map<Long, ReadTracking.Track> tracks = tracks(List.of(topic));
        TopicSummary summary = summaries(List.of(topic), tracks).get(0);
        Post accepted = null;
        if (topic.solved()) {
            accepted = posts.findById(topic.acceptedPostId())
                    .map(p -> toPosts(topic, List.of(p), permissions, lastRead).get(0)).orElse(null);
        }
        Integer firstUnread = null;
        if (lastRead != null && lastRead < topic.lastPostNumber()) {
            firstUnread = posts.findFirstByTopicIdAndNumberGreaterThanEqualOrderByNumber(topic.id(), lastRead + 1)
                    .map(ForumPost::number).orElse(null);
        }
        boolean watching = tracks.getOrDefault(topic.id(), ReadTracking.Track.NONE).watching();
        int pageCount = (int) Math.max(1, (postCount + PAGE_SIZE - 1) / PAGE_SIZE);
        return new TopicDetails(summary, accepted, permissions, watching, lastRead == null ? 0 : lastRead, firstUnread,
                previousVisit, postCount, pageCount);
    }

    List<TopicSummary> summaries(List<Topic> list) {
        return summaries(list, tracks(list));
    }

    /** The current user's read state of the topics (none for visitors). */
    private Map<Long, ReadTracking.Track> tracks(List<Topic> list) {
        return list.isEmpty() ? Map.of()
                : access.me().map(me -> tracking.track(tracking.context(me), list)).orElse(Map.of());
    }

    private List<TopicSummary> summaries(List<Topic> list, Map<Long, ReadTracking.Track> tracks) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> personIds = new HashSet<>();
        Set<ForumKey> forums = new HashSet<>();
        for (Topic t : list) {
            personIds.add(t.authorPersonId());
            if (t.lastPosterPersonId() != null) {
                personIds.add(t.lastPosterPersonId());
            }
            forums.add(t.forum());
        }
        Map<Long, String> names = people.displayNames(personIds);
        Map<ForumKey, String> forumNames = forumNames(forums);
        List<TopicSummary> result = new ArrayList<>();
        for (Topic t : list) {
            ReadTracking.Track track = tracks.getOrDefault(t.id(), ReadTracking.Track.NONE);
            result.add(new TopicSummary(t.id(), t.forum(), forumNames.get(t.forum()), t.kind(), t.title(),
                    t.authorPersonId(), names.get(t.authorPersonId()), t.createdAt(), t.lastPostedAt(),
                    t.lastPosterPersonId(), names.get(t.lastPosterPersonId()), t.replyCount(), t.lastPostNumber(),
                    t.tags().stream().sorted().toList(), t.solved(), t.pinned(), t.locked(), t.closed(),
                    t.mergedIntoId(), track.unread(), track.unseen(), track.newActivity()));
        }
        return result;
    }

    /** Names of forums by key, whoever asks (callers have checked visibility). */
    Map<ForumKey, String> forumNames(Collection<ForumKey> forums) {
        Map<ForumKey, String> result = new HashMap<>();
        Set<Long> categoryIds = new HashSet<>();
        Set<Long> groupIds = new HashSet<>();
        forums.forEach(f -> {
            if (f.isGroup()) {
                groupIds.add(f.groupId());
            } else {
                categoryIds.add(f.categoryId());
            }
        });
        if (!categoryIds.isEmpty()) {
            categories.findAllById(categoryIds).forEach(c -> result.put(ForumKey.category(c.id()), c.name()));
        }
        if (!groupIds.isEmpty()) {
            Map<Long, GroupRef> refs = groups.refsForIndex(groupIds);
            refs.forEach((id, ref) -> result.put(ForumKey.group(id), ref.name()));
        }
        return result;
    }

    List<Post> toPosts(Topic topic, List<ForumPost> list, TopicPermissions topicPermissions, Integer lastRead) {
        if (list.isEmpty()) {
            return List.of();
        }
        Optional<Long> me = access.me();
        boolean moderator = topicPermissions.moderate();
        Set<Long> personIds = list.stream().map(ForumPost::authorPersonId).collect(Collectors.toSet());
        Map<Long, String> names = people.displayNames(personIds);
        Set<Long> quotedIds = list.stream().map(ForumPost::quotedPostId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Integer> quotedNumbers = new HashMap<>();
        if (!quotedIds.isEmpty()) {
            posts.findNumbers(quotedIds).forEach(row -> quotedNumbers.put((Long) row[0], (Integer) row[1]));
        }
        Set<Long> helpful = me.map(p -> state.reactedTo(p, list.stream().map(ForumPost::id).toList(), HELPFUL))
                .orElse(Set.of());
        List<Post> result = new ArrayList<>();
        for (ForumPost p : list) {
            boolean mine = me.isPresent() && me.get() == p.authorPersonId();
            boolean seeRemoved = moderator;
            boolean hiddenFromMe = p.hidden() && !mine && !moderator;
            boolean showText = (!p.removed() && !hiddenFromMe) || seeRemoved;
            boolean open = !topic.closed() && !topic.locked();
            boolean edit = topic.mergedIntoId() == null && (moderator || (mine && !p.removed() && open));
            boolean remove = topic.mergedIntoId() == null && !p.removed()
                    && (moderator || (mine && p.number() > 1 && !topic.locked()));
            boolean history = (mine || moderator) && p.revisionCount() > 0;
            boolean react = topicPermissions.react() && !mine && !p.removed() && !p.hidden();
            boolean accept = topicPermissions.accept() && p.number() > 1 && !p.removed() && !p.hidden();
            boolean quote = topicPermissions.reply() && !p.removed() && !p.hidden();
            result.add(new Post(p.id(), p.topicId(), p.number(), p.authorPersonId(), names.get(p.authorPersonId()),
                    showText ? renderer.render(p.markdown()) : null,
                    showText && (edit || quote || mine) ? p.markdown() : null, p.createdAt(), p.editedAt(),
                    p.revisionCount(), p.helpfulCount(), helpful.contains(p.id()), p.removed(), p.hidden(),
                    p.removed() && (mine || moderator) ? p.deleteReason() : null, p.quotedPostId(),
                    p.quotedPostId() == null ? null : quotedNumbers.get(p.quotedPostId()),
                    Objects.equals(topic.acceptedPostId(), p.id()), lastRead != null && p.number() > lastRead,
                    new PostPermissions(edit, remove, history, react, accept, quote)));
        }
        return result;
    }

    private Map<ForumKey, long[]> forumCounts() {
        return access.me().map(me -> tracking.forumCounts(tracking.context(me), access::canSee)).orElse(Map.of());
    }

    private Set<String> watchKeys() {
        return access.me().map(me -> state.watches(me).keySet()).orElse(Set.of());
    }

    private Category toCategory(ForumCategory c) {
        Object[] stats = topics.categoryStats().stream().filter(r -> c.id() == (Long) r[0]).findFirst().orElse(null);
        return toCategory(c, stats, forumCounts(), watchKeys());
    }

    private static Category toCategory(ForumCategory c, Object[] stats, Map<ForumKey, long[]> counts,
            Set<String> watches) {
        long[] n = counts.getOrDefault(ForumKey.category(c.id()), new long[3]);
        return new Category(c.id(), c.slug(), c.name(), c.description(), c.visibility(), c.position(), c.archived(),
                stats == null ? 0 : (Long) stats[1], stats == null ? null : (Instant) stats[2], (int) n[0], (int) n[2],
                watches.contains(ForumKey.category(c.id()).key()));
    }

    private List<GroupForum> toGroupForums(List<GroupSummary> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> stats = new HashMap<>();
        topics.groupStats(list.stream().map(GroupSummary::id).toList()).forEach(r -> stats.put((Long) r[0], r));
        Map<ForumKey, long[]> counts = forumCounts();
        Set<String> watches = watchKeys();
        List<GroupForum> result = new ArrayList<>();
        for (GroupSummary g : list) {
            ForumKey key = ForumKey.group(g.id());
            Object[] s = stats.get(g.id());
            long[] n = counts.getOrDefault(key, new long[3]);
            result.add(new GroupForum(g.id(), g.name(), g.visibility(), s == null ? 0 : (Long) s[1],
                    s == null ? null : (Instant) s[2], (int) n[0], (int) n[2], watches.contains(key.key()),
                    access.canPost(key), access.canModerate(key)));
        }
        result.sort(Comparator.comparing(GroupForum::groupName, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    // ------------------------------------------------------------------ checks

    static String title(String raw) {
        String title = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            throw ForumException.invalid("title", "forum.error.title-required");
        }
        requireStorable("title", title);
        int length = title.codePointCount(0, title.length());
        if (length < MIN_TITLE || length > MAX_TITLE) {
            throw ForumException.invalid("title", "forum.error.title-length", MIN_TITLE, MAX_TITLE, length);
        }
        return title;
    }

    static List<String> tags(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (t.length() > 30 || !TAG.matcher(t).matches()) {
                throw ForumException.invalid("tags", "forum.error.tag-format", tag.strip());
            }
            tags.add(t);
        }
        if (tags.size() > MAX_TAGS) {
            throw ForumException.invalid("tags", "forum.error.too-many-tags", MAX_TAGS);
        }
        return List.copyOf(tags);
    }

    static String postText(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw ForumException.invalid("markdown", "forum.error.post-required");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_POST) {
            throw ForumException.invalid("markdown", "forum.error.post-too-long", MAX_POST, length);
        }
        requireStorable("markdown", text);
        return text;
    }

    static String reason(String raw, boolean required) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            if (required) {
                throw ForumException.invalid("reason", "forum.error.reason-required");
            }
            return null;
        }
        requireStorable("reason", reason);
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw ForumException.invalid("reason", "forum.error.reason-too-long", MAX_REASON);
        }
        return reason;
    }

    /** No control characters (but tab and line breaks), no lone surrogates, no U+FFFD from broken input. */
    static void requireStorable(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw ForumException.invalid(field, "forum.error.invalid-characters");
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                throw ForumException.invalid(field, "forum.error.invalid-characters");
            }
        }
    }
}
