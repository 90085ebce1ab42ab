package org.thirdspace.people.internal;

import java.time.LocalDate;

import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.NewAffiliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "affiliation")
public class Affiliation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "job_title", length = 150)
    private String jobTitle;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Affiliation() {
    }

    public static Affiliation of(long personId, NewAffiliation n) {
        var affiliation = new Affiliation();
        affiliation.personId = personId;
        affiliation.institutionId = n.institutionId();
        affiliation.jobTitle = n.jobTitle();
        affiliation.startedOn = n.startedOn();
        affiliation.endedOn = n.endedOn();
        return affiliation;
    }

    public long id() {
        return id;
    }

    public long institutionId() {
        return institutionId;
    }

    public long personId() {
        return personId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public AffiliationSummary toSummary(String institutionName) {
        return new AffiliationSummary(id, institutionId, institutionName, jobTitle, startedOn, endedOn);
    }
}
