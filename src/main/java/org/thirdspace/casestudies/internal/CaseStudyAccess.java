package org.thirdspace.casestudies.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyPermissions;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.groups.GroupService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.Role;

/**
 * Who may see and do what with a case study, for the current user (ADR 8). The published version
 * is visible to whoever may see its home group (none: everyone). Working versions (drafts, in
 * review) only to its writers (creator, revision authors, co-authors, current members of the
 * home group), its named reviewers, and moderators while it is in review. Anything else is
 * NOT_FOUND, so a draft's existence never leaks; admins get no exception. A case study hidden
 * pending moderator review is published for its writers and moderators only.
 */
@Component
@Transactional(readOnly = true)
public class CaseStudyAccess {

    private final CaseStudyRepository caseStudies;
    private final RevisionRepository revisions;
    private final PeopleService people;
    private final GroupService groups;

    CaseStudyAccess(CaseStudyRepository caseStudies, RevisionRepository revisions, PeopleService people,
            GroupService groups) {
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.people = people;
        this.groups = groups;
    }

    public Optional<Long> me() {
        return people.myPersonId();
    }

    /** The current user's person id or FORBIDDEN (not logged in, or an account without profile). */
    public long requireMe() {
        return me().orElseThrow(() -> CaseStudyException.forbidden("casestudies.error.no-profile"));
    }

    /** Moderators (and admins, who moderate too) review case studies. */
    public boolean isModerator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.MODERATOR.authority()) || a.equals(Role.ADMIN.authority()));
    }

    public boolean homeGroupVisible(CaseStudy caseStudy) {
        return caseStudy.groupId() == null || groups.canSee(caseStudy.groupId());
    }

    public boolean canSeePublished(CaseStudy caseStudy) {
        return caseStudy.published() && homeGroupVisible(caseStudy) && !hiddenFromMe(caseStudy);
    }

    /**
     * A case study hidden pending moderator review (issue 7) keeps its published version for its
     * writers and moderators only; for everyone else it is as if it had none.
     */
    public boolean hiddenFromMe(CaseStudy caseStudy) {
        return caseStudy.hidden() && !isModerator() && !isWriter(caseStudy, me());
    }

    /** Creator, revision author, co-author or current member of the home group. */
    public boolean isWriter(CaseStudy caseStudy, Optional<Long> me) {
        return me.isPresent() && isWriter(caseStudy, me.get(), revisions.findAuthorIds(caseStudy.id()));
    }

    private boolean isWriter(CaseStudy caseStudy, long person, List<Long> authorIds) {
        return caseStudy.createdByPersonId() == person || caseStudy.coAuthors().contains(person)
                || authorIds.contains(person)
                || (caseStudy.groupId() != null && groups.permissions(caseStudy.groupId()).member());
    }

    public boolean seesWorkingVersion(CaseStudy caseStudy) {
        Optional<Long> me = me();
        if (me.isEmpty()) {
            return false;
        }
        return isWriter(caseStudy, me) || caseStudy.isNamedReviewer(me.get())
                || (caseStudy.status() == CaseStudyStatus.IN_REVIEW && isModerator());
    }

    public boolean canSee(CaseStudy caseStudy) {
        return canSeePublished(caseStudy) || seesWorkingVersion(caseStudy);
    }

    /** The case study if the current user may see some version of it, else NOT_FOUND. */
    public CaseStudy visible(long caseStudyId) {
        return caseStudies.findById(caseStudyId).filter(this::canSee).orElseThrow(CaseStudyException::notFound);
    }

    /** NOT_FOUND if invisible, FORBIDDEN unless the user may edit; returns their person id. */
    public long requireEditor(CaseStudy caseStudy) {
        if (!canSee(caseStudy)) {
            throw CaseStudyException.notFound();
        }
        CaseStudyPermissions permissions = permissions(caseStudy);
        if (!permissions.canEdit()) {
            throw CaseStudyException.forbidden("casestudies.error.not-an-author");
        }
        return requireMe();
    }

    public CaseStudyPermissions permissions(CaseStudy caseStudy) {
        Optional<Long> me = me();
        if (me.isEmpty()) {
            return CaseStudyPermissions.READER;
        }
        List<Long> authorIds = revisions.findAuthorIds(caseStudy.id());
        boolean writer = isWriter(caseStudy, me.get(), authorIds);
        boolean moderator = isModerator();
        boolean named = caseStudy.isNamedReviewer(me.get());
        boolean inReview = caseStudy.status() == CaseStudyStatus.IN_REVIEW;
        boolean working = writer || named || (inReview && moderator);
        boolean visible = working || canSeePublished(caseStudy);
        if (!visible) {
            return CaseStudyPermissions.READER;
        }
        boolean canEdit = writer || (moderator && working);
        boolean canSubmit = writer && caseStudy.status() == CaseStudyStatus.DRAFT;
        boolean authored = caseStudy.createdByPersonId() == me.get() || authorIds.contains(me.get());
        boolean canReview = inReview && (moderator || named) && !authored;
        boolean dueCheck = moderator && caseStudy.published() && caseStudy.status() != CaseStudyStatus.IN_REVIEW;
        return new CaseStudyPermissions(working, canEdit, canSubmit, canReview, moderator && working || moderator
                && canSeePublished(caseStudy), dueCheck, true, moderator);
    }
}
