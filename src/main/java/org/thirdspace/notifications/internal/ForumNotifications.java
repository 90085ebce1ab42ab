package org.thirdspace.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.forum.AnswerAccepted;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.MentionedInPost;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostCreated;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.internal.Recipients.Told;

/**
 * Forum events to notifications: replies in watched topics, mentions and accepted answers. Each
 * recipient must still see the post (asked as them), so nobody hears of a private group's topic
 * or a removed post.
 */
@Component
class ForumNotifications {

    private final Recipients recipients;
    private final ForumService forum;
    private final ForumWatching watching;

    ForumNotifications(Recipients recipients, ForumService forum, ForumWatching watching) {
        this.recipients = recipients;
        this.forum = forum;
        this.watching = watching;
    }

    @ApplicationModuleListener
    void on(PostCreated created) {
        String author = recipients.name(created.authorPersonId());
        for (long account : recipients.accountsOf(watching.watchersOf(created.topicId()), created.authorPersonId())) {
            recipients.tell(account, NotificationKind.TOPIC_REPLY, null, "post:" + created.postId(),
                    () -> about(created.postId(), author));
        }
    }

    @ApplicationModuleListener
    void on(MentionedInPost mentioned) {
        if (mentioned.mentionedPersonId() == mentioned.byPersonId()) {
            return;
        }
        String by = recipients.name(mentioned.byPersonId());
        recipients.accountOf(mentioned.mentionedPersonId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.MENTION, null, "post:" + mentioned.postId(), () -> about(mentioned.postId(), by)));
    }

    @ApplicationModuleListener
    void on(AnswerAccepted accepted) {
        if (accepted.answerAuthorPersonId() == accepted.byPersonId()) {
            return;
        }
        String by = recipients.name(accepted.byPersonId());
        recipients.accountOf(accepted.answerAuthorPersonId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.ANSWER_ACCEPTED, null, "accepted:" + accepted.topicId() + ":" + accepted.postId(),
                () -> about(accepted.postId(), by)));
    }

    /** Link and "{who}, {topic}" of a post the acting account sees; refused when removed or hidden pending review. */
    private Told about(long postId, String who) {
        Post post = forum.post(postId);
        if (post.removed() || post.hidden()) {
            throw new Recipients.NotForThem();
        }
        String title = forum.topic(post.topicId()).summary().title();
        return new Told("forum/t/" + post.topicId() + "?post=" + post.number(), who, title);
    }
}
