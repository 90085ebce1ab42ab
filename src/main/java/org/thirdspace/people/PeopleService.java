package org.thirdspace.people;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.internal.Affiliation;
import org.thirdspace.people.internal.AffiliationRepository;
import org.thirdspace.people.internal.Person;
import org.thirdspace.people.internal.PersonRepository;

import jakarta.validation.Valid;

/** People and their dated affiliations. A person has one portable profile for life. */
@Service
@Validated
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final AffiliationRepository affiliations;
    private final InstitutionService institutions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(PersonRepository people, AffiliationRepository affiliations, InstitutionService institutions,
            ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.affiliations = affiliations;
        this.institutions = institutions;
        this.events = events;
        this.clock = clock;
    }

    public Optional<PersonSummary> find(long personId) {
        return people.findById(personId).map(this::summarise);
    }

    public Optional<PersonSummary> findByAccount(long accountId) {
        return people.findByAccountId(accountId).map(this::summarise);
    }

    public long count() {
        return people.count();
    }

    // --- for the finder's index (minimal versions; the full profile lives in the people work) ---

    /** Everything the finder indexes about a person, unfiltered by visibility; empty when gone. */
    public Optional<Profile> profileForIndex(long personId) {
        return people.findById(personId).map(person -> {
            PersonSummary summary = summarise(person);
            return new Profile(person.id(), person.accountId(), person.displayName(), person.headline(), null, null,
                    Set.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of(), List.of(), Availability.unknown(),
                    ContactPreferences.defaults(), Visibility.MEMBERS, null, summary.affiliations(), false, false,
                    null, null);
        });
    }

    /** Person ids in id order, a page at a time (for reindexing). */
    public List<Long> personIds(int offset, int limit) {
        return people.findAll(Sort.by("id")).stream().skip(offset).limit(limit).map(Person::id).toList();
    }

    /** Ids of the people with a current or former affiliation at an institution. */
    public List<Long> personIdsAffiliatedWith(long institutionId) {
        return affiliations.findAll().stream().filter(a -> a.institutionId() == institutionId)
                .map(Affiliation::personId).distinct().sorted().toList();
    }

    /** The profile of an account; created on first call, so calling it twice is harmless. */
    @Transactional
    public PersonSummary ensureProfile(long accountId, String displayName) {
        var person = people.findByAccountId(accountId)
                .orElseGet(() -> people.save(Person.forAccount(accountId, displayName, clock.instant())));
        return summarise(person);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AffiliationSummary addAffiliation(long personId, @Valid NewAffiliation affiliation) {
        var person = people.findById(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        var institution = institutions.find(affiliation.institutionId())
                .orElseThrow(() -> new IllegalArgumentException("No institution " + affiliation.institutionId()));
        var saved = affiliations.save(Affiliation.of(person.id(), affiliation));
        if (saved.endedOn() != null) {
            events.publishEvent(new AffiliationEnded(person.id(), saved.id(), institution.id(), saved.endedOn()));
        }
        return saved.toSummary(institution.name());
    }

    /** Changes the headline shown under a person's name. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void updateHeadline(long personId, String headline) {
        people.findById(personId).ifPresent(p -> p.changeHeadline(headline));
    }

    private PersonSummary summarise(Person person) {
        List<Affiliation> own = affiliations.findByPersonId(person.id());
        Map<Long, String> names = own.stream()
                .map(Affiliation::institutionId)
                .distinct()
                .map(institutions::find)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(InstitutionSummary::id, InstitutionSummary::name, (a, b) -> a));
        var list = own.stream()
                .sorted(Comparator.comparing(Affiliation::startedOn).reversed())
                .map(a -> a.toSummary(names.getOrDefault(a.institutionId(), "")))
                .toList();
        return new PersonSummary(person.id(), person.accountId(), person.displayName(), person.headline(), list);
    }
}
