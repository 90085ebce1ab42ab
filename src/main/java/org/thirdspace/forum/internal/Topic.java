package org.thirdspace.forum.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.TopicKind;

/**
 * A topic in a category or a group forum. Its posts are numbered; {@code lastPostNumber} is the
 * highest number handed out (the next reply gets the one after), {@code replyCount} counts
 * replies that are not removed. Replies lock the row, so numbers are never handed out twice.
 */
@Entity
@Table(name = "forum_topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "group_id")
    private Long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TopicKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "author_person_id", nullable = false)
    private long authorPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_number", nullable = false)
    private int lastPostNumber;

    @Column(name = "last_posted_at", nullable = false)
    private Instant lastPostedAt;

    @Column(name = "last_poster_person_id")
    private Long lastPosterPersonId;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "timeline_at")
    private Instant timelineAt;

    @Version
    private long version;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "forum_topic_tag", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    protected Topic() {
    }

    public Topic(ForumKey forum, TopicKind kind, String title, List<String> tags, long authorPersonId, Instant now) {
        this.categoryId = forum.categoryId();
        this.groupId = forum.groupId();
        this.kind = kind;
        this.title = title;
        this.tags.addAll(tags);
        this.authorPersonId = authorPersonId;
        this.createdAt = now;
        this.lastPostedAt = now;
        this.lastPosterPersonId = authorPersonId;
    }

    public long id() {
        return id;
    }

    public ForumKey forum() {
        return new ForumKey(categoryId, groupId);
    }

    public Long categoryId() {
        return categoryId;
    }

    public Long groupId() {
        return groupId;
    }

    public TopicKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public long authorPersonId() {
        return authorPersonId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int lastPostNumber() {
        return lastPostNumber;
    }

    public Instant lastPostedAt() {
        return lastPostedAt;
    }

    public Long lastPosterPersonId() {
        return lastPosterPersonId;
    }

    public int replyCount() {
        return replyCount;
    }

    public Long acceptedPostId() {
        return acceptedPostId;
    }

    public boolean solved() {
        return kind == TopicKind.QUESTION && acceptedPostId != null;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public boolean closed() {
        return closed;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public Instant timelineAt() {
        return timelineAt;
    }

    public Set<String> tags() {
        return tags;
    }

    /** Hands out the next post number. */
    public int nextNumber() {
        return ++lastPostNumber;
    }

    /** A post was added (numbers already handed out): the latest activity. */
    public void posted(long personId, Instant at, boolean reply) {
        if (lastPostedAt == null || !at.isBefore(lastPostedAt)) {
            lastPostedAt = at;
            lastPosterPersonId = personId;
        }
        if (reply) {
            replyCount++;
        }
    }

    public void activity(Instant lastPostedAt, Long lastPosterPersonId, int replyCount, int lastPostNumber) {
        this.lastPostedAt = lastPostedAt;
        this.lastPosterPersonId = lastPosterPersonId;
        this.replyCount = replyCount;
        this.lastPostNumber = Math.max(this.lastPostNumber, lastPostNumber);
    }

    public void replyRemoved() {
        replyCount = Math.max(0, replyCount - 1);
    }

    public void replyRestored() {
        replyCount++;
    }

    public void retitle(String title, List<String> tags) {
        this.title = title;
        this.tags.clear();
        this.tags.addAll(tags);
    }

    public void accept(Long postId) {
        this.acceptedPostId = postId;
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public void close(boolean closed) {
        this.closed = closed;
    }

    public void moveTo(ForumKey forum) {
        this.categoryId = forum.categoryId();
        this.groupId = forum.groupId();
    }

    public void mergeInto(long survivorId) {
        this.mergedIntoId = survivorId;
        this.closed = true;
        this.pinned = false;
        this.acceptedPostId = null;
    }

    public void timelineAt(Instant at) {
        this.timelineAt = at;
    }
}
