package org.thirdspace.institutions;

import org.thirdspace.shared.Sector;

/** One typeahead suggestion: an institution found by (part of) its name or an alias. */
public record InstitutionSuggestion(long id, String name, Sector sector, String town) {
}
