package org.thirdspace.groups;

/** A group has had no self-review for a year: its facilitators are reminded (published once a year). */
public record SelfReviewDue(long groupId) {
}
