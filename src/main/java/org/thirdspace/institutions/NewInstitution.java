package org.thirdspace.institutions;

import java.util.List;

import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to register (or update) an institution.
 *
 * @param aliases other names it is known by (abbreviations, former names)
 * @param phases codes of the PHASE vocabulary
 */
public record NewInstitution(
        @NotBlank @Size(max = 200) String name,
        @NotNull Sector sector,
        @NotNull Region region,
        @Size(max = 100) String town,
        @Size(max = 12) String postcode,
        GeoPoint location,
        @Size(max = 300) String website,
        Long parentId,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = 10) List<String> phases) {

    public NewInstitution {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** Without aliases and phases. */
    public NewInstitution(String name, Sector sector, Region region, String town, String postcode, GeoPoint location,
            String website, Long parentId) {
        this(name, sector, region, town, postcode, location, website, parentId, List.of(), List.of());
    }

    public NewInstitution withAliases(List<String> otherNames) {
        return new NewInstitution(name, sector, region, town, postcode, location, website, parentId, otherNames, phases);
    }

    public NewInstitution withPhases(List<String> phaseCodes) {
        return new NewInstitution(name, sector, region, town, postcode, location, website, parentId, aliases, phaseCodes);
    }

    public NewInstitution withParent(Long parent) {
        return new NewInstitution(name, sector, region, town, postcode, location, website, parent, aliases, phases);
    }
}
