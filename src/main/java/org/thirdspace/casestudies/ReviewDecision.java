package org.thirdspace.casestudies;

/**
 * A reviewer's decision on the revision in review: approve (publish it) or request changes (back
 * to draft). {@code CONFIRMED_CURRENT} is a moderator's periodic check of a published case study
 * that was due for review: it stays as it is and its next review date moves on.
 */
public enum ReviewDecision { APPROVED, CHANGES_REQUESTED, CONFIRMED_CURRENT }
