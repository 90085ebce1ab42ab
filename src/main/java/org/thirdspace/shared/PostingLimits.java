package org.thirdspace.shared;

/**
 * The limits a member's trust level puts on what they may post (links per post, posts per hour
 * and per day, attachments). Declared here, implemented by the trust module: the features that
 * enforce the limits (forum, case studies, people) call this interface, and the trust module
 * listens to their events to learn about activity, so neither depends on the other in a cycle
 * (ADR 12). Every check throws {@link PostingLimitExceeded} when refused and writes nothing;
 * call it before anything is saved. Moderators and admins are never limited.
 */
public interface PostingLimits {

    /** What is being written: topics and replies count towards posts per hour and day. */
    enum Kind {
        TOPIC, REPLY, EDIT, COMMENT, PROFILE;

        /** Whether this kind is a new post counted by the posts-per-hour and per-day limits. */
        public boolean isNewPost() {
            return this == TOPIC || this == REPLY;
        }
    }

    /** Checks the Markdown's links (and, for new posts, the posting rate) for the person. */
    void checkPost(long personId, Kind kind, String markdown);

    /** Checks that the person may add attachments. */
    void checkAttachment(long personId);
}
