package org.thirdspace.casestudies;

/** Where the newest revision is in the workflow; a PUBLISHED case study may have a newer DRAFT or IN_REVIEW revision. */
public enum CaseStudyStatus { DRAFT, IN_REVIEW, PUBLISHED }
