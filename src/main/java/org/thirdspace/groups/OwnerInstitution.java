package org.thirdspace.groups;

import org.thirdspace.shared.Sector;

/** An institution that owns a group, with its sector (for the school / university side). */
public record OwnerInstitution(long id, String name, Sector sector) {
}
