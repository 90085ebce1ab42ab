package org.thirdspace.casestudies;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Lets another feature add a control to the case-study page's actions and to each discussion
 * comment without case studies depending on it (e.g. moderation's "Flag" button). Spring beans
 * implementing it are asked for the case study shown and for every comment; {@code reload}
 * refreshes the page.
 */
public interface CaseStudyActionsExtension {

    /** A control among the case study's actions, or empty. */
    default Optional<Component> actionFor(CaseStudyDetails caseStudy, Runnable reload) {
        return Optional.empty();
    }

    /** A control for one comment of the case study's discussion, or empty. */
    default Optional<Component> commentActionFor(long caseStudyId, Comment comment, Runnable reload) {
        return Optional.empty();
    }
}
