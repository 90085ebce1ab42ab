package org.thirdspace.casestudies;

/** Whose voice the case study is written in. */
public enum AuthorshipVoice { SCHOOL, UNIVERSITY, JOINT }
