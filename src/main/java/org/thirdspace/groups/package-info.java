/**
 * Groups module: partnerships, networks, projects and communities of practice that belong to
 * institutions rather than to people. Memberships and role seats are dated, nothing is deleted,
 * and a seat whose holder leaves their institution starts a handover. Also the partnership record
 * (stage, model level, self-reviews), meetings, the group timeline and the {@code groups} search
 * index. Other features add to a group's timeline with {@link org.thirdspace.groups.GroupActivity}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Groups")
package org.thirdspace.groups;
