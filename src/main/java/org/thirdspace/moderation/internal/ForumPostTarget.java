package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumPostModeration;
import org.thirdspace.forum.ModeratedPost;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.shared.ContentRef;

/** Forum posts ({@code forum-post:ID}) as flaggable content, through the forum's public moderation API. */
@Component
class ForumPostTarget implements ContentTarget {

    static final String TYPE = "forum-post";

    private final ForumPostModeration forum;

    ForumPostTarget(ForumPostModeration forum) {
        this.forum = forum;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public TargetInfo visible(String id) {
        long postId = number(id);
        try {
            return info(forum.visible(postId));
        } catch (ForumException e) {
            throw ModerationException.notFound();
        }
    }

    @Override
    public Map<String, TargetInfo> forQueue(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(ForumPostTarget::isNumber).map(Long::parseLong).toList();
        Map<String, TargetInfo> out = new LinkedHashMap<>();
        forum.forQueue(numbers).forEach((id, post) -> out.put(Long.toString(id), info(post)));
        return out;
    }

    @Override
    public boolean setHidden(String id, boolean hidden) {
        try {
            return forum.setHidden(number(id), hidden);
        } catch (ForumException e) {
            throw ModerationException.notFound();
        }
    }

    private static TargetInfo info(ModeratedPost p) {
        return new TargetInfo(ContentRef.of(TYPE, p.postId()), p.excerpt(), p.authorPersonId(), p.authorName(),
                p.topicTitle(), p.link(), p.hidden(), p.removed());
    }

    private static boolean isNumber(String id) {
        return id.matches("[0-9]{1,18}");
    }

    private static long number(String id) {
        if (!isNumber(id)) {
            throw ModerationException.notFound();
        }
        return Long.parseLong(id);
    }
}
