package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyModeration;
import org.thirdspace.casestudies.ModeratedComment;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.shared.ContentRef;

/**
 * Discussion comments of case studies ({@code case-study-comment:ID}) as flaggable content,
 * through the case studies' public moderation API. Moderators may edit a comment's text: it is
 * replaced and marked as edited by a moderator (comments have no history; the text before goes to
 * the audit log through the caller).
 */
@Component
class CaseStudyCommentTarget implements ContentTarget {

    static final String TYPE = "case-study-comment";

    private final CaseStudyModeration caseStudies;

    CaseStudyCommentTarget(CaseStudyModeration caseStudies) {
        this.caseStudies = caseStudies;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public TargetInfo visible(String id) {
        try {
            return info(caseStudies.visibleComment(Ids.number(id)));
        } catch (CaseStudyException e) {
            throw ModerationException.notFound();
        }
    }

    @Override
    public Map<String, TargetInfo> forQueue(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(Ids::isNumber).map(Long::parseLong).toList();
        Map<String, TargetInfo> out = new LinkedHashMap<>();
        caseStudies.commentsForQueue(numbers).forEach((id, c) -> out.put(Long.toString(id), info(c)));
        return out;
    }

    @Override
    public boolean setHidden(String id, boolean hidden) {
        try {
            return caseStudies.setCommentHidden(Ids.number(id), hidden);
        } catch (CaseStudyException e) {
            throw ModerationException.notFound();
        }
    }

    /**
     * Replaces the comment's Markdown; an empty or too long text is INVALID on {@code text}, a
     * removed comment a CONFLICT (the case studies' message keys, which the bundles know).
     */
    @Override
    public String edit(String id, String text) {
        try {
            return caseStudies.editComment(Ids.number(id), text);
        } catch (CaseStudyException e) {
            throw switch (e.kind()) {
                case INVALID -> ModerationException.invalid("text", e.messageKey(), e.args());
                case CONFLICT -> ModerationException.conflict(e.messageKey(), e.args());
                default -> ModerationException.notFound();
            };
        }
    }

    @Override
    public boolean editable() {
        return true;
    }

    @Override
    public Optional<String> editableText(String id) {
        return Ids.isNumber(id) ? caseStudies.commentMarkdown(Long.parseLong(id)) : Optional.empty();
    }

    private static TargetInfo info(ModeratedComment c) {
        return new TargetInfo(ContentRef.of(TYPE, c.commentId()), c.excerpt(), c.authorPersonId(), c.authorName(),
                c.caseStudyTitle(), c.link(), c.hidden(), c.removed());
    }
}
