/**
 * Trust levels (issue 7, point 2): levels NEW..LEADER earned from activity (days visited, read
 * time, topics entered, posts, accepted answers, published case studies), the posting limits of
 * new members ({@link org.thirdspace.shared.PostingLimits}, implemented here) and the privileges
 * of trusted ones, with moderator locks. See ADR 12.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trust levels")
package org.thirdspace.trust;
