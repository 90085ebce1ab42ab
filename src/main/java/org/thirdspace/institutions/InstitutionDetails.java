package org.thirdspace.institutions;

import java.util.List;

import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

/**
 * Everything known about an institution.
 *
 * @param aliases other names (abbreviations, former names, names of merged duplicates)
 * @param phases codes of the PHASE vocabulary
 * @param mergedInto for the tombstone of a merged duplicate, the institution it was merged into
 */
public record InstitutionDetails(
        long id,
        String name,
        List<String> aliases,
        Sector sector,
        Region region,
        List<String> phases,
        String town,
        String postcode,
        GeoPoint location,
        String website,
        Long parentId,
        Long mergedInto) {

    public InstitutionDetails {
        aliases = List.copyOf(aliases);
        phases = List.copyOf(phases);
    }

    public boolean merged() {
        return mergedInto != null;
    }

    public InstitutionSummary toSummary() {
        return new InstitutionSummary(id, name, sector, region, town, postcode, location, website, parentId);
    }
}
