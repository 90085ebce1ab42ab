/**
 * Forums (issue 6): site-wide categories managed by moderators and a forum inside every group
 * that follows the group's visibility; discussion and question topics with flat, numbered,
 * paged replies, edit history, soft removal, reactions, accepted answers, moderator tools,
 * watching and read state, and search. See ADR 9.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forums")
package org.thirdspace.forum;
