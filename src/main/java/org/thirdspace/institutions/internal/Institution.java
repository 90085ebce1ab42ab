package org.thirdspace.institutions.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.thirdspace.institutions.InstitutionDetails;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 40)
    private String sector;

    @Column(nullable = false, length = 40)
    private String region;

    @Column(length = 100)
    private String town;

    @Column(length = 12)
    private String postcode;

    private Double latitude;

    private Double longitude;

    @Column(length = 300)
    private String website;

    @Column(name = "parent_id")
    private Long parentId;

    /** Set when this row is the tombstone of a duplicate merged into another institution. */
    @Column(name = "merged_into")
    private Long mergedInto;

    @ElementCollection
    @CollectionTable(name = "institution_alias", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "alias", nullable = false, length = 200)
    @OrderBy
    private Set<String> aliases = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "institution_phase", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "phase", nullable = false, length = 40)
    @OrderBy
    private Set<String> phases = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Institution() {
    }

    public static Institution from(NewInstitution n, Instant now) {
        var institution = new Institution();
        institution.createdAt = now;
        institution.apply(n, now);
        return institution;
    }

    /** Replaces every editable field with the given (already validated) values. */
    public void apply(NewInstitution n, Instant now) {
        name = n.name().strip();
        sector = n.sector().code();
        region = n.region().code();
        town = blankToNull(n.town());
        postcode = blankToNull(n.postcode());
        latitude = n.location() == null ? null : n.location().latitude();
        longitude = n.location() == null ? null : n.location().longitude();
        website = blankToNull(n.website());
        parentId = n.parentId();
        aliases.clear();
        n.aliases().stream().map(String::strip).filter(a -> !a.isEmpty() && !a.equalsIgnoreCase(name))
                .forEach(this::addAliasIgnoringCase);
        phases.clear();
        phases.addAll(n.phases());
        updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private boolean addAliasIgnoringCase(String alias) {
        if (alias.equalsIgnoreCase(name) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(alias))) {
            return false;
        }
        return aliases.add(alias);
    }

    /**
     * Takes over what a duplicate knows: its name and aliases become aliases here, its phases are
     * added. Returns the aliases that were added.
     */
    public List<String> absorb(Institution duplicate, Instant now) {
        var added = new ArrayList<String>();
        var names = new ArrayList<String>();
        names.add(duplicate.name);
        names.addAll(duplicate.aliases);
        for (String n : names) {
            if (addAliasIgnoringCase(n)) {
                added.add(n);
            }
        }
        phases.addAll(duplicate.phases);
        updatedAt = now;
        return added;
    }

    /** Turns this row into the tombstone of a merged duplicate. */
    public void mergeInto(long survivorId, Instant now) {
        mergedInto = survivorId;
        aliases.clear();
        updatedAt = now;
    }

    public void reparent(Long newParentId, Instant now) {
        parentId = newParentId;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    public Set<String> getPhases() {
        return Set.copyOf(phases);
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public Sector sector() {
        return Sector.fromCode(sector);
    }

    public Region region() {
        return Region.fromCode(region);
    }

    public GeoPoint location() {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    public InstitutionSummary toSummary() {
        return new InstitutionSummary(id, name, sector(), region(), town, postcode, location(), website, parentId);
    }

    public InstitutionDetails toDetails() {
        return new InstitutionDetails(id, name, List.copyOf(aliases), sector(), region(), List.copyOf(phases), town,
                postcode, location(), website, parentId, mergedInto);
    }

}
