package org.thirdspace.moderation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyModeration;
import org.thirdspace.casestudies.ModeratedCaseStudy;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.shared.ContentRef;

/**
 * Case studies ({@code case-study:ID}) as flaggable content, through the case studies' public
 * moderation API. Its writers (creator, revision authors, co-authors) may not flag it; its
 * creator is the author told of moderators' decisions. Not editable by moderators (the default
 * {@link ContentTarget#edit}): its authors edit it through its revision history.
 */
@Component
class CaseStudyTarget implements ContentTarget {

    static final String TYPE = "case-study";

    private final CaseStudyModeration caseStudies;

    CaseStudyTarget(CaseStudyModeration caseStudies) {
        this.caseStudies = caseStudies;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public TargetInfo visible(String id) {
        ModeratedCaseStudy found;
        try {
            found = caseStudies.visibleCaseStudy(Ids.number(id));
        } catch (CaseStudyException e) {
            throw ModerationException.notFound();
        }
        if (found.mine()) {
            throw ModerationException.conflict("moderation.error.own-content");
        }
        return info(found);
    }

    @Override
    public Map<String, TargetInfo> forQueue(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(Ids::isNumber).map(Long::parseLong).toList();
        Map<String, TargetInfo> out = new LinkedHashMap<>();
        caseStudies.caseStudiesForQueue(numbers).forEach((id, c) -> out.put(Long.toString(id), info(c)));
        return out;
    }

    @Override
    public boolean setHidden(String id, boolean hidden) {
        try {
            return caseStudies.setCaseStudyHidden(Ids.number(id), hidden);
        } catch (CaseStudyException e) {
            throw ModerationException.notFound();
        }
    }

    private static TargetInfo info(ModeratedCaseStudy c) {
        return new TargetInfo(ContentRef.of(TYPE, c.caseStudyId()), c.excerpt(), c.authorPersonId(), c.authorName(),
                c.title(), c.link(), c.hidden(), c.removed());
    }
}
