package org.thirdspace.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyReviewed;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.CaseStudySubmitted;
import org.thirdspace.casestudies.ReviewerNamed;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.internal.Recipients.Told;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.Role;

/**
 * Case-study events to notifications: a review requested (of the moderators and the named
 * reviewers when a revision is submitted, of a reviewer when named) and the reviewer's decision
 * (to the authors). The title is the one the recipient sees (drafts only to those who may).
 */
@Component
class CaseStudyNotifications {

    private final Recipients recipients;
    private final CaseStudyService caseStudies;
    private final AccountDirectory accounts;

    CaseStudyNotifications(Recipients recipients, CaseStudyService caseStudies, AccountDirectory accounts) {
        this.recipients = recipients;
        this.caseStudies = caseStudies;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(CaseStudySubmitted submitted) {
        String by = recipients.name(submitted.submittedByPersonId());
        Set<Long> to = new LinkedHashSet<>(accounts.idsWithRole(Role.MODERATOR));
        to.addAll(recipients.accountsOf(submitted.namedReviewerIds(), submitted.submittedByPersonId()));
        recipients.accountOf(submitted.submittedByPersonId()).ifPresent(to::remove);
        for (long account : to) {
            recipients.tell(account, NotificationKind.REVIEW_REQUESTED, null,
                    "review:" + submitted.caseStudyId() + ":" + submitted.revision(),
                    () -> told(submitted.caseStudyId(), by));
        }
    }

    @ApplicationModuleListener
    void on(ReviewerNamed named) {
        if (named.reviewerPersonId() == named.namedByPersonId()) {
            return;
        }
        String by = recipients.name(named.namedByPersonId());
        recipients.accountOf(named.reviewerPersonId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.REVIEW_REQUESTED, null, "reviewer:" + named.caseStudyId(),
                () -> told(named.caseStudyId(), by)));
    }

    @ApplicationModuleListener
    void on(CaseStudyReviewed reviewed) {
        NotificationKind kind = switch (reviewed.decision()) {
            case APPROVED -> NotificationKind.CASE_STUDY_APPROVED;
            case CHANGES_REQUESTED -> NotificationKind.CASE_STUDY_CHANGES_REQUESTED;
            case CONFIRMED_CURRENT -> null;
        };
        if (kind == null) {
            return;
        }
        String by = recipients.name(reviewed.reviewerPersonId());
        for (long account : recipients.accountsOf(reviewed.authorPersonIds(), reviewed.reviewerPersonId())) {
            recipients.tell(account, kind, null, "reviewed:" + reviewed.caseStudyId() + ":" + reviewed.revision(),
                    () -> told(reviewed.caseStudyId(), by));
        }
    }

    private Told told(long caseStudyId, String who) {
        return new Told("case-studies/" + caseStudyId, who, caseStudies.require(caseStudyId).revision().title());
    }
}
