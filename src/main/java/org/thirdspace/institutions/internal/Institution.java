package org.thirdspace.institutions.internal;

import java.time.Instant;

import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Institution() {
    }

    public static Institution from(NewInstitution n, Instant now) {
        var institution = new Institution();
        institution.name = n.name().strip();
        institution.sector = n.sector().code();
        institution.region = n.region().code();
        institution.town = n.town();
        institution.postcode = n.postcode();
        if (n.location() != null) {
            institution.latitude = n.location().latitude();
            institution.longitude = n.location().longitude();
        }
        institution.website = n.website();
        institution.parentId = n.parentId();
        institution.createdAt = now;
        return institution;
    }

    public InstitutionSummary toSummary() {
        GeoPoint location = latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        return new InstitutionSummary(id, name, Sector.fromCode(sector), Region.fromCode(region), town, postcode,
                location, website, parentId);
    }
}
