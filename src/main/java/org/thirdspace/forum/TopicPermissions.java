package org.thirdspace.forum;

/**
 * What the current user may do with a topic (for showing buttons; the service checks again).
 * {@code reply}: may post (not closed; locked only for moderators); {@code moderate}: site
 * moderators, and facilitators of the group for a group forum; {@code accept}: the question's
 * author or a moderator; {@code editTopic}: change title and tags (author or moderator).
 */
public record TopicPermissions(
        boolean reply,
        boolean react,
        boolean watch,
        boolean accept,
        boolean editTopic,
        boolean moderate) {

    public static final TopicPermissions VISITOR = new TopicPermissions(false, false, false, false, false, false);
}
