package org.thirdspace.groups;

/**
 * Published by other features when something happened in a group (a forum post, a case study);
 * the groups feature adds it to the group's timeline as an {@link HistoryType#ACTIVITY} entry.
 *
 * @param detail short text shown on the timeline (e.g. a topic title), at most 500 characters
 * @param refId  id of the item in the publishing feature
 * @param kind   what happened, e.g. {@code case-study-published}, {@code forum-topic},
 *               {@code forum-reply}, {@code forum-answer}: the timeline words and links it by
 *               kind (null: a plain entry)
 */
public record GroupActivity(long groupId, Long actorPersonId, String detail, Long refId, String kind) {

    public GroupActivity(long groupId, Long actorPersonId, String detail, Long refId) {
        this(groupId, actorPersonId, detail, refId, null);
    }
}
