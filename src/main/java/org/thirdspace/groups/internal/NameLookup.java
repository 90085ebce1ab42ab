package org.thirdspace.groups.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;

/**
 * Looks up people and institutions once per use (one request's worth of records), so that a list
 * of seats or handovers asks for each person only once. Not thread-safe; make a new one per call.
 */
public final class NameLookup {

    private final PeopleService people;
    private final InstitutionService institutions;
    private final Map<Long, Optional<PersonSummary>> persons = new HashMap<>();
    private final Map<Long, String> places = new HashMap<>();

    public NameLookup(PeopleService people, InstitutionService institutions) {
        this.people = people;
        this.institutions = institutions;
    }

    public Optional<PersonSummary> person(Long personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return persons.computeIfAbsent(personId, people::find);
    }

    /** The person's display name, null for null or unknown ids. */
    public String name(Long personId) {
        return person(personId).map(PersonSummary::displayName).orElse(null);
    }

    public String institution(Long institutionId) {
        if (institutionId == null) {
            return null;
        }
        return places.computeIfAbsent(institutionId,
                id -> institutions.find(id).map(InstitutionSummary::name).orElse(""));
    }

    /** Names of the institutions the person works at on the given day. */
    public List<String> currentPlaces(long personId, LocalDate today) {
        return person(personId).map(p -> p.affiliations().stream()
                        .filter(a -> currentOn(a, today))
                        .map(AffiliationSummary::institutionName).distinct().toList())
                .orElse(List.of());
    }

    /** Whether the person works at the institution on the given day. */
    public boolean worksAt(long personId, long institutionId, LocalDate today) {
        return person(personId).map(p -> p.affiliations().stream()
                        .anyMatch(a -> a.institutionId() == institutionId && currentOn(a, today)))
                .orElse(false);
    }

    public static boolean currentOn(AffiliationSummary a, LocalDate day) {
        return !a.startedOn().isAfter(day) && (a.endedOn() == null || a.endedOn().isAfter(day));
    }
}
