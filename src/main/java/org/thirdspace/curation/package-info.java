/**
 * Curation module (issue 7, points 4 and 5): good-practice collections built by moderators and
 * the curators they appoint, followed by members and shown on their home page; and curation
 * reviews of published case studies with the two-reviewer "good practice" badge. See ADR 11.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Curation")
package org.thirdspace.curation;
