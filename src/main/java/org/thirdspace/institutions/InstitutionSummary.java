package org.thirdspace.institutions;

import java.util.Optional;

import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

/** An institution as the rest of the product sees it. */
public record InstitutionSummary(
        long id,
        String name,
        Sector sector,
        Region region,
        String town,
        String postcode,
        GeoPoint location,
        String website,
        Long parentId) {

    public Optional<GeoPoint> optionalLocation() {
        return Optional.ofNullable(location);
    }
}
