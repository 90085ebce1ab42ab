package org.thirdspace.casestudies;

/**
 * Another module (curation) decided whether a case study carries the "good practice" badge. The
 * case-studies module keeps the flag ({@code case_study.good_practice}) and re-indexes the case
 * study, so search can filter and count by it. Defined here so that case studies need not know
 * the module that decides it.
 */
public record GoodPracticeBadgeChanged(long caseStudyId, boolean goodPractice) {
}
