package org.thirdspace.casestudies;

import java.time.Instant;

/** A moderator's (or named reviewer's) to-do: a case study in review, or one past its review date. */
public record QueueEntry(CaseStudySummary caseStudy, Reason reason, Instant since) {

    public enum Reason { IN_REVIEW, DUE_FOR_REVIEW }
}
