package org.thirdspace.institutions;

import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to register an institution. */
public record NewInstitution(
        @NotBlank @Size(max = 200) String name,
        @NotNull Sector sector,
        @NotNull Region region,
        @Size(max = 100) String town,
        @Size(max = 12) String postcode,
        GeoPoint location,
        @Size(max = 300) String website,
        Long parentId) {
}
