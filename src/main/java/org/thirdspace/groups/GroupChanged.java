package org.thirdspace.groups;

/** Published after a group was created or changed in a way lists and the search index show (name, purpose, facets, stage, visibility, membership counts). */
public record GroupChanged(long groupId) {
}
