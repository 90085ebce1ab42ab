package org.thirdspace.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.institutions.InstitutionChanged;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.InstitutionsMerged;
import org.thirdspace.people.internal.Affiliation;
import org.thirdspace.people.internal.AffiliationRepository;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.internal.Person;
import org.thirdspace.people.internal.PersonItem;
import org.thirdspace.people.internal.PersonQueries;
import org.thirdspace.people.internal.PersonRepository;
import org.thirdspace.shared.PostingLimits;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.AccountLoggedIn;
import org.thirdspace.security.AccountSummary;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.Role;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

import jakarta.validation.Valid;

/**
 * People: one portable profile per person for life, with dated affiliations. Every read for
 * display applies the profile's {@link Visibility} and contact preferences for the current
 * viewer; every change publishes {@link ProfileChanged} in its transaction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PeopleService {

    /** An ended affiliation still counts towards being a boundary spanner for this long. */
    public static final int RECENT_YEARS = 2;

    private final PersonRepository people;
    private final AffiliationRepository affiliations;
    private final PersonQueries queries;
    private final InstitutionService institutions;
    private final Vocabularies vocabularies;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final MarkdownRenderer bios;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<PostingLimits> limits;

    PeopleService(PersonRepository people, AffiliationRepository affiliations, PersonQueries queries,
            InstitutionService institutions, Vocabularies vocabularies, AccountDirectory accounts,
            CurrentUser currentUser, MarkdownRenderer bios, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<PostingLimits> limits) {
        this.limits = limits; // lazily: the trust module's limits use this service
        this.people = people;
        this.affiliations = affiliations;
        this.queries = queries;
        this.institutions = institutions;
        this.vocabularies = vocabularies;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.bios = bios;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    public Optional<PersonSummary> find(long personId) {
        return people.findById(personId).map(this::summarise);
    }

    public Optional<PersonSummary> findByAccount(long accountId) {
        return people.findByAccountId(accountId).map(this::summarise);
    }

    /** Display names by person id, in one query (unknown ids absent): for lists of posts and authors. */
    public Map<Long, String> displayNames(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : people.findNames(Set.copyOf(personIds))) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /**
     * People someone may mention or pick by name: an account, a profile that is not hidden, a
     * display name that starts with {@code prefix} or has a word that does; at most
     * {@code limit}, by name. Empty for a blank prefix.
     */
    public List<PersonSummary> suggestByName(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (p.isEmpty() || limit <= 0) {
            return List.of();
        }
        String escaped = p.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return people.findMentionable(escaped, org.springframework.data.domain.PageRequest.of(0, Math.min(limit, 50)))
                .stream().map(this::summarise).toList();
    }

    public long count() {
        return people.count();
    }

    /**
     * The profile as the current viewer may see it; empty when unknown or not visible to them (its
     * {@link Visibility}, or hidden pending moderation: then only its owner, moderators and admins see it).
     */
    public Optional<Profile> profile(long personId) {
        Viewer viewer = viewer();
        return people.findById(personId).filter(p -> viewer.maySee(p)).map(p -> toProfile(p, viewer));
    }

    /** The current user's own profile (complete). */
    public Optional<Profile> myProfile() {
        Viewer viewer = viewer();
        return viewer.accountId() == null ? Optional.empty()
                : people.findByAccountId(viewer.accountId()).map(p -> toProfile(p, viewer));
    }

    public Optional<Long> myPersonId() {
        return currentUser.id().flatMap(people::findByAccountId).map(Person::id);
    }

    /**
     * The whole profile regardless of the viewer, for the finder's index: NOT for display (the
     * finder applies visibility itself, and leaves out profiles {@link ProfileModeration#isHidden hidden
     * pending moderation}). The email is only filled in when its owner shows it.
     */
    public Optional<Profile> profileForIndex(long personId) {
        return people.findById(personId).map(p -> toProfile(p, Viewer.INDEX));
    }

    /** Person ids in id order, for re-indexing in pages. */
    public List<Long> personIds(int offset, int limit) {
        return queries.ids(offset, limit);
    }

    /** People with any affiliation (current or ended) to the institution. */
    public List<Long> personIdsAffiliatedWith(long institutionId) {
        return affiliations.personIdsAt(institutionId);
    }

    /**
     * The account email of a person, for features that share contact details on that person's
     * own decision (an accepted introduction). Never show it otherwise.
     */
    public Optional<String> emailForSharing(long personId) {
        return people.findById(personId).map(Person::accountId).flatMap(accounts::find).map(AccountSummary::email);
    }

    /** Safe HTML for bio Markdown (the editor's live preview). */
    public String previewBio(String markdown) {
        return bios.toHtml(markdown);
    }

    // ------------------------------------------------------------------ changing profiles

    /** The profile of an account; created on first call, so calling it twice is harmless. */
    @Transactional
    public PersonSummary ensureProfile(long accountId, String displayName) {
        var existing = people.findByAccountId(accountId);
        if (existing.isPresent()) {
            return summarise(existing.get());
        }
        var person = people.save(Person.forAccount(accountId, displayName, clock.instant()));
        events.publishEvent(new ProfileChanged(person.id()));
        // new: no affiliations yet (and no query, which would flush a bulk import's whole session)
        return new PersonSummary(person.id(), person.accountId(), person.displayName(), person.headline(), List.of());
    }

    /** Replaces the current user's profile. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Profile updateMyProfile(@Valid ProfileUpdate update) {
        long personId = myPersonId().orElseThrow(() -> new AccessDeniedException("No profile"));
        return updateProfile(personId, update);
    }

    /**
     * Replaces a profile (owner or admin).
     *
     * @throws InvalidProfileException for an unknown vocabulary code or a value out of range
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Profile updateProfile(long personId, @Valid ProfileUpdate update) {
        Viewer viewer = viewer();
        Person person = people.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        requireOwnerOrAdmin(viewer, person);
        validate(update);
        if (!java.util.Objects.equals(person.bioMarkdown(), update.bioMarkdown())) {
            limits.ifAvailable(l -> l.checkPost(person.id(), PostingLimits.Kind.PROFILE, update.bioMarkdown()));
        }
        apply(person, update);
        person.touch(clock.instant());
        if (viewer.owns(person)) {
            person.active(clock.instant());
        }
        events.publishEvent(new ProfileChanged(person.id()));
        return toProfile(person, viewer);
    }

    /** Changes the headline shown under a person's name. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void updateHeadline(long personId, String headline) {
        people.findById(personId).ifPresent(p -> {
            p.changeHeadline(headline);
            p.touch(clock.instant());
            events.publishEvent(new ProfileChanged(p.id()));
        });
    }

    /** A profile and its affiliations to load in bulk (imports, demo data). */
    public record ImportedProfile(long personId, @Valid ProfileUpdate profile, List<@Valid NewAffiliation> affiliations,
            java.time.Instant lastActiveAt) {
    }

    /**
     * Loads many profiles in one transaction (admins: imports and the demo data). Codes are
     * checked once per vocabulary for the whole batch.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void importProfiles(List<@Valid ImportedProfile> imported) {
        requireCodes(Vocabulary.ROLE, "roles", imported.stream().flatMap(i -> i.profile().roles().stream()).toList());
        requireCodes(Vocabulary.ACTIVITY_TYPE, "activities",
                imported.stream().flatMap(i -> i.profile().activities().stream()).toList());
        requireCodes(Vocabulary.SUBJECT, "subjects",
                imported.stream().flatMap(i -> i.profile().subjects().stream()).toList());
        requireCodes(Vocabulary.PHASE, "phases", imported.stream().flatMap(i -> i.profile().phases().stream()).toList());
        Map<Long, Person> persons = people.findAllById(imported.stream().map(ImportedProfile::personId).toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        var now = clock.instant();
        for (ImportedProfile i : imported) {
            Person person = persons.get(i.personId());
            if (person == null) {
                throw new PersonNotFoundException(i.personId());
            }
            checkRanges(i.profile());
            apply(person, i.profile());
            person.touch(now);
            person.active(i.lastActiveAt());
            for (NewAffiliation a : i.affiliations()) {
                var saved = affiliations.save(Affiliation.of(person.id(), a));
                if (saved.endedOn() != null) {
                    events.publishEvent(new AffiliationEnded(person.id(), saved.id(), saved.institutionId(),
                            saved.endedOn()));
                }
            }
            events.publishEvent(new ProfileChanged(person.id()));
        }
    }

    // ------------------------------------------------------------------ affiliations

    /** Records an affiliation (the person themself, or an admin). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AffiliationSummary addAffiliation(long personId, @Valid NewAffiliation affiliation) {
        Viewer viewer = viewer();
        var person = people.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        requireOwnerOrAdmin(viewer, person);
        var institution = institutions.find(affiliation.institutionId())
                .orElseThrow(() -> new InvalidProfileException("institutionId", "people.error.unknown-institution"));
        var saved = affiliations.save(Affiliation.of(person.id(), affiliation));
        if (saved.endedOn() != null) {
            events.publishEvent(new AffiliationEnded(person.id(), saved.id(), institution.id(), saved.endedOn()));
        }
        changed(person, viewer);
        return saved.toSummary(institution.name());
    }

    /** Changes job title and dates; ending a running affiliation publishes {@link AffiliationEnded}. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AffiliationSummary changeAffiliation(long personId, long affiliationId, @Valid AffiliationChange change) {
        Viewer viewer = viewer();
        var person = people.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        requireOwnerOrAdmin(viewer, person);
        Affiliation affiliation = affiliations.findById(affiliationId).filter(a -> a.personId() == personId)
                .orElseThrow(() -> new AffiliationNotFoundException(affiliationId));
        boolean ended = affiliation.change(change.jobTitle(), change.startedOn(), change.endedOn());
        if (ended) {
            events.publishEvent(new AffiliationEnded(personId, affiliation.id(), affiliation.institutionId(),
                    affiliation.endedOn()));
        }
        changed(person, viewer);
        return affiliation.toSummary(institutionName(affiliation.institutionId()));
    }

    /** Ends an affiliation on the given day (today when null); it stays as "formerly at ...". */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AffiliationSummary endAffiliation(long personId, long affiliationId, LocalDate endedOn) {
        Affiliation affiliation = affiliations.findById(affiliationId).filter(a -> a.personId() == personId)
                .orElseThrow(() -> new AffiliationNotFoundException(affiliationId));
        LocalDate end = endedOn == null ? LocalDate.now(clock) : endedOn;
        if (end.isBefore(affiliation.startedOn())) {
            throw new InvalidProfileException("endedOn", "people.affiliation.ends-before-start");
        }
        return changeAffiliation(personId, affiliationId,
                new AffiliationChange(affiliation.jobTitle(), affiliation.startedOn(), end));
    }

    // ------------------------------------------------------------------ institution events

    /** A merged duplicate's affiliations move to the survivor (in the merge's transaction). */
    @EventListener
    @Transactional
    void on(InstitutionsMerged merged) {
        List<Long> affected = affiliations.personIdsAt(merged.mergedId());
        affiliations.moveInstitution(merged.mergedId(), merged.survivorId());
        affected.forEach(id -> events.publishEvent(new ProfileChanged(id)));
    }

    /** An institution's name or sector shows on profiles: their people need re-indexing. */
    @EventListener
    void on(InstitutionChanged changed) {
        affiliations.personIdsAt(changed.institutionId()).forEach(id -> events.publishEvent(new ProfileChanged(id)));
    }

    /** A login counts as activity (at most one write an hour per person). */
    @EventListener
    @Transactional
    void on(AccountLoggedIn login) {
        people.markActive(login.accountId(), login.at(), login.at().minus(java.time.Duration.ofHours(1)));
    }

    // ------------------------------------------------------------------ helpers

    private void changed(Person person, Viewer viewer) {
        person.touch(clock.instant());
        if (viewer.owns(person)) {
            person.active(clock.instant());
        }
        events.publishEvent(new ProfileChanged(person.id()));
    }

    private void validate(ProfileUpdate update) {
        requireCodes(Vocabulary.ROLE, "roles", update.roles());
        requireCodes(Vocabulary.ACTIVITY_TYPE, "activities", update.activities());
        requireCodes(Vocabulary.SUBJECT, "subjects", update.subjects());
        requireCodes(Vocabulary.PHASE, "phases", update.phases());
        checkRanges(update);
    }

    private static void checkRanges(ProfileUpdate update) {
        Integer capacity = update.availability().capacity();
        if (capacity != null && (capacity < 0 || capacity > ProfileUpdate.MAX_CAPACITY)) {
            throw new InvalidProfileException("availability.capacity", "people.error.capacity",
                    ProfileUpdate.MAX_CAPACITY);
        }
        String note = update.contact().note();
        if (note != null && note.strip().length() > ProfileUpdate.MAX_CONTACT_NOTE) {
            throw new InvalidProfileException("contact.note", "people.error.too-long", ProfileUpdate.MAX_CONTACT_NOTE);
        }
    }

    private void requireCodes(Vocabulary vocabulary, String field, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        try {
            vocabularies.requireActive(vocabulary, new LinkedHashSet<>(codes));
        } catch (UnknownTermException e) {
            throw new InvalidProfileException(field, "people.error.unknown-code", e.code());
        }
    }

    private static void apply(Person person, ProfileUpdate update) {
        person.changeDisplayName(update.displayName());
        person.changeHeadline(update.headline());
        person.changeBio(update.bioMarkdown());
        person.replaceCodes(Vocabulary.ROLE.code(), update.roles());
        person.replaceCodes(Vocabulary.ACTIVITY_TYPE.code(), update.activities());
        person.replaceCodes(Vocabulary.SUBJECT.code(), update.subjects());
        person.replaceCodes(Vocabulary.PHASE.code(), update.phases());
        person.replaceItems(clean(update.topics()), clean(update.credentials()), clean(update.languages()));
        person.changeAvailability(update.availability());
        person.changeContact(update.contact());
        person.changeVisibility(update.visibility());
    }

    private static List<String> clean(List<String> items) {
        return items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    private static void requireOwnerOrAdmin(Viewer viewer, Person person) {
        if (!viewer.owns(person) && !viewer.admin()) {
            throw new AccessDeniedException("Only the person themself or an admin may change this profile");
        }
    }

    private String institutionName(long institutionId) {
        return institutions.find(institutionId).map(InstitutionSummary::name).orElse("");
    }

    private Profile toProfile(Person person, Viewer viewer) {
        List<Affiliation> own = affiliations.findByPersonId(person.id());
        Map<Long, InstitutionSummary> places = placesOf(own);
        List<AffiliationSummary> list = summaries(own, places);
        Optional<AccountSummary> account = Optional.ofNullable(person.accountId()).flatMap(accounts::find);
        boolean broker = account.map(a -> a.hasRole(Role.BROKER)).orElse(false);
        var contact = person.contact();
        String email = account.map(AccountSummary::email)
                .filter(e -> viewer.owns(person) || viewer.admin() || contact.showEmail())
                .orElse(null);
        return new Profile(person.id(), person.accountId(), person.displayName(), person.headline(),
                person.bioMarkdown(), bios.toHtml(person.bioMarkdown()),
                person.codes(Vocabulary.ROLE.code()), person.codes(Vocabulary.ACTIVITY_TYPE.code()),
                person.codes(Vocabulary.SUBJECT.code()), person.codes(Vocabulary.PHASE.code()),
                person.items(PersonItem.Kind.TOPIC), person.items(PersonItem.Kind.CREDENTIAL),
                person.items(PersonItem.Kind.LANGUAGE), person.availability(), contact, person.visibility(), email,
                list, broker || spansBothSides(own, places), broker, person.updatedAt(), person.lastActiveAt());
    }

    /** Current or recently ended affiliations on both the school and the university side. */
    private boolean spansBothSides(List<Affiliation> own, Map<Long, InstitutionSummary> places) {
        LocalDate recent = LocalDate.now(clock).minusYears(RECENT_YEARS);
        Set<Sector.Side> sides = EnumSet.noneOf(Sector.Side.class);
        for (Affiliation a : own) {
            if (a.endedOn() == null || !a.endedOn().isBefore(recent)) {
                var place = places.get(a.institutionId());
                if (place != null) {
                    sides.add(place.sector().side());
                }
            }
        }
        return sides.contains(Sector.Side.SCHOOL) && sides.contains(Sector.Side.UNIVERSITY);
    }

    private PersonSummary summarise(Person person) {
        List<Affiliation> own = affiliations.findByPersonId(person.id());
        var list = summaries(own, placesOf(own));
        return new PersonSummary(person.id(), person.accountId(), person.displayName(), person.headline(), list);
    }

    /** The institutions a person's affiliations point at, each looked up once. */
    private Map<Long, InstitutionSummary> placesOf(List<Affiliation> own) {
        return own.stream().map(Affiliation::institutionId).distinct()
                .map(institutions::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(InstitutionSummary::id, Function.identity()));
    }

    /** Newest first, with institution names. */
    private static List<AffiliationSummary> summaries(List<Affiliation> own, Map<Long, InstitutionSummary> places) {
        return own.stream()
                .sorted(Comparator.comparing(Affiliation::startedOn).reversed())
                .map(a -> a.toSummary(Optional.ofNullable(places.get(a.institutionId()))
                        .map(InstitutionSummary::name).orElse("")))
                .toList();
    }

    private Viewer viewer() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = auth == null ? Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Long accountId = currentUser.id().orElse(null);
        return new Viewer(accountId, accountId != null || authorities.contains(Role.ADMIN.authority()),
                authorities.contains(Role.MODERATOR.authority()), authorities.contains(Role.ADMIN.authority()));
    }

    /** Who is looking. */
    private record Viewer(Long accountId, boolean loggedIn, boolean moderator, boolean admin) {

        static final Viewer INDEX = new Viewer(null, true, false, false);

        boolean owns(Person person) {
            return accountId != null && accountId.equals(person.accountId());
        }

        boolean maySee(Person person) {
            if (owns(person) || moderator || admin) {
                return true;
            }
            if (person.hidden()) { // hidden pending moderation: only its owner and moderators
                return false;
            }
            return switch (person.visibility()) {
                case PUBLIC -> true;
                case MEMBERS -> loggedIn;
                case HIDDEN -> false;
            };
        }
    }
}
