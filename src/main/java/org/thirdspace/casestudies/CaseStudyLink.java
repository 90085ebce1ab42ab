package org.thirdspace.casestudies;

/** Another case study, as a link (backlinks, wiki-link targets). */
public record CaseStudyLink(long id, String title) {
}
