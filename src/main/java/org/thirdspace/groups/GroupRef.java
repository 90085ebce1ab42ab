package org.thirdspace.groups;

/** A link to a group (parent, subgroup, a profile's group list). */
public record GroupRef(long id, String name, GroupKind kind, GroupVisibility visibility) {
}
