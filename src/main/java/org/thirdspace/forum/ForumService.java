package org.thirdspace.forum;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

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

    // ------------------------------------------------------------------ forums

    /** Site-wide categories the current user may read, in position order (archived last). */
    public List<Category> categories() {
        throw new UnsupportedOperationException();
    }

    /** A category by id or NOT_FOUND. */
    public Category category(long categoryId) {
        throw new UnsupportedOperationException();
    }

    /** A category by slug. */
    public Optional<Category> categoryBySlug(String slug) {
        throw new UnsupportedOperationException();
    }

    /** Moderators create a category (slug unique: INVALID on {@code slug} when taken). */
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    @Transactional
    public Category createCategory(CategoryDraft draft) {
        throw new UnsupportedOperationException();
    }

    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    @Transactional
    public Category updateCategory(long categoryId, CategoryDraft draft) {
        throw new UnsupportedOperationException();
    }

    /** A group's forum or NOT_FOUND when the group is unknown or invisible to the user. */
    public GroupForum groupForum(long groupId) {
        throw new UnsupportedOperationException();
    }

    /** The forums of the current user's groups (empty for visitors). */
    public List<GroupForum> myGroupForums() {
        throw new UnsupportedOperationException();
    }

    /** The display name of a forum (category name or group name); NOT_FOUND when invisible. */
    public String forumName(ForumKey forum) {
        throw new UnsupportedOperationException();
    }

    /** Whether the current user may start topics in the forum. */
    public boolean canPostIn(ForumKey forum) {
        throw new UnsupportedOperationException();
    }

    // ------------------------------------------------------------------ topics

    /** Topics the current user may see, as the query asks (see {@link TopicListQuery}). */
    public TopicList topics(TopicListQuery query) {
        throw new UnsupportedOperationException();
    }

    /** Starts a topic; the author watches it. FORBIDDEN when they may not post in the forum. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails createTopic(TopicDraft draft) {
        throw new UnsupportedOperationException();
    }

    /** A topic (without posts) or NOT_FOUND. */
    public TopicDetails topic(long topicId) {
        throw new UnsupportedOperationException();
    }

    /**
     * A page of posts (from 1; beyond the last page: the last page). Reading a page records the
     * user's read state up to the page's last post and a visit to the forum.
     */
    @Transactional
    public TopicPage page(long topicId, int page) {
        throw new UnsupportedOperationException();
    }

    /** The page (from 1) that holds post {@code number} (or the next one after a gap). */
    public int pageOf(long topicId, int number) {
        throw new UnsupportedOperationException();
    }

    /** The page holding the user's first unread post (the last page when all read). */
    public int firstUnreadPage(long topicId) {
        throw new UnsupportedOperationException();
    }

    /**
     * Where a post number now lives after splits and merges: the same topic and number, or the
     * topic and number it moved to; a merged topic redirects to its survivor. NOT_FOUND when
     * neither is visible.
     */
    public PostLocation locate(long topicId, int number) {
        throw new UnsupportedOperationException();
    }

    /** The author or a moderator changes the title and tags (rules of {@link TopicDraft}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails editTopic(long topicId, String title, List<String> tags) {
        throw new UnsupportedOperationException();
    }

    // ------------------------------------------------------------------ posts

    /**
     * Replies to a topic; the author watches it and has read it up to their reply. FORBIDDEN when
     * the topic is closed (or locked, for non-moderators) or they may not post in the forum.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post reply(long topicId, PostDraft draft) {
        throw new UnsupportedOperationException();
    }

    /** One post (as in a page) or NOT_FOUND. */
    public Post post(long postId) {
        throw new UnsupportedOperationException();
    }

    /** The author (topic open) or a moderator edits a post; the old version goes to the history. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post edit(long postId, PostEdit edit) {
        throw new UnsupportedOperationException();
    }

    /**
     * The author or a moderator removes a post with a reason (required, up to
     * {@link #MAX_REASON}); it stays in place as "post removed". Removing the opening post is
     * for moderators only. An accepted answer that is removed is no longer accepted.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post remove(long postId, String reason) {
        throw new UnsupportedOperationException();
    }

    /** A moderator restores a removed post. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post restore(long postId) {
        throw new UnsupportedOperationException();
    }

    /** The edit history (oldest first, current last): the author and moderators only (else FORBIDDEN). */
    public List<PostVersion> history(long postId) {
        throw new UnsupportedOperationException();
    }

    /** Marks or unmarks a post as helpful (not one's own: FORBIDDEN). Idempotent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Post setHelpful(long postId, boolean helpful) {
        throw new UnsupportedOperationException();
    }

    /**
     * Marks a reply as the accepted answer of a question: only the question's author or a
     * moderator; only a reply (not the opening post) of the same question that is not removed.
     * Replaces an earlier accepted answer.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails accept(long topicId, long postId) {
        throw new UnsupportedOperationException();
    }

    /** Takes the accepted answer back (same people as {@link #accept}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TopicDetails unaccept(long topicId) {
        throw new UnsupportedOperationException();
    }

    /** Markdown that quotes a post, with its author and a link back, for the composer. */
    public String quote(long postId) {
        throw new UnsupportedOperationException();
    }

    /** Renders Markdown as a post would be shown (for the composer's preview). */
    public String preview(String markdown) {
        throw new UnsupportedOperationException();
    }

    /**
     * People whose display name starts with (or has a word starting with) {@code prefix}, who
     * may see the forum and whose profile is not hidden, best first, at most {@code limit}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Mentionable> mentionable(ForumKey forum, String prefix, int limit) {
        throw new UnsupportedOperationException();
    }

    /** Where a post lives now (see {@link #locate}). */
    public record PostLocation(long topicId, int number, int page) {
    }
}
