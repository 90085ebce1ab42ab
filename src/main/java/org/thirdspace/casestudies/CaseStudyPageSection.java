package org.thirdspace.casestudies;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the case-study page, under its header (e.g. the curation
 * badge and its reviewers). Implementations are Spring beans; they return null to add nothing.
 * Lets other modules extend the page without case studies depending on them.
 */
public interface CaseStudyPageSection {

    Component section(CaseStudyDetails caseStudy);
}
