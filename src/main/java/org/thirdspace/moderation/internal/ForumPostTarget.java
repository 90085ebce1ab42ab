package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumPostModeration;
import org.thirdspace.forum.ModeratedPost;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.shared.ContentRef;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.shared.RuleViolation;

/** Forum posts ({@code forum-post:ID}) as flaggable content, through the forum's public moderation API. */
@Component
class ForumPostTarget implements ContentTarget {

    static final String TYPE = "forum-post";

    private final ForumPostModeration forum;
    private final MessageSource messages;

    ForumPostTarget(ForumPostModeration forum, MessageSource messages) {
        this.forum = forum;
        this.messages = messages;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public TargetInfo visible(String id) {
        long postId = Ids.number(id);
        try {
            return info(forum.visible(postId));
        } catch (ForumException e) {
            throw ModerationException.notFound();
        }
    }

    @Override
    public Map<String, TargetInfo> forQueue(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(Ids::isNumber).map(Long::parseLong).toList();
        Map<String, TargetInfo> out = new LinkedHashMap<>();
        forum.forQueue(numbers).forEach((id, post) -> out.put(Long.toString(id), info(post)));
        return out;
    }

    @Override
    public boolean setHidden(String id, boolean hidden) {
        try {
            return forum.setHidden(Ids.number(id), hidden);
        } catch (ForumException e) {
            throw ModerationException.notFound();
        }
    }

    /**
     * Edits the post through the forum's edit pipeline, so its history keeps the old version and
     * names the moderator; the forum's problems with the Markdown come back as INVALID on {@code text}.
     */
    @Override
    public String edit(String id, String text) {
        long postId = Ids.number(id);
        String reason = messages.getMessage("moderation.edit.reason", null, "Moderator edit",
                LocaleContextHolder.getLocale());
        try {
            return forum.moderatorEdit(postId, text, reason);
        } catch (ForumException e) {
            throw switch (e.kind()) {
                case INVALID -> ModerationException.invalid("markdown".equals(e.field()) ? "text" : e.field(),
                        e.messageKey(), e.args());
                case NOT_FOUND -> ModerationException.notFound();
                case CONFLICT -> ModerationException.conflict(e.messageKey(), e.args());
                case FORBIDDEN -> new ModerationException(RuleViolation.Kind.FORBIDDEN, null, e.messageKey(),
                        e.args());
            };
        } catch (PostingLimitExceeded e) {
            // the moderator's trust level limits links (edits are not rate-limited)
            throw ModerationException.invalid("text", e.messageKey(), e.args());
        }
    }

    @Override
    public boolean editable() {
        return true;
    }

    @Override
    public Optional<String> editableText(String id) {
        return Ids.isNumber(id) ? forum.markdown(Long.parseLong(id)) : Optional.empty();
    }

    private static TargetInfo info(ModeratedPost p) {
        return new TargetInfo(ContentRef.of(TYPE, p.postId()), p.excerpt(), p.authorPersonId(), p.authorName(),
                p.topicTitle(), p.link(), p.hidden(), p.removed());
    }
}
