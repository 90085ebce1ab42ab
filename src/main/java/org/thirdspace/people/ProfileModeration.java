package org.thirdspace.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.people.internal.Person;
import org.thirdspace.people.internal.PersonRepository;

/**
 * What the moderation feature needs of member profiles (issue 7, ADR 10): a profile as the
 * current user may see it (to flag it), profiles for the moderation queue, and hiding a profile
 * pending review. A hidden profile stays readable for its owner, moderators and admins, answers
 * "not found" to everyone else, is left out of name suggestions and leaves the people finder's
 * index (the finder asks {@link #isHidden}) until it is shown again. The moderation service
 * decides who may hide; this class does not check roles.
 */
@Service
@Transactional(readOnly = true)
public class ProfileModeration {

    public static final int EXCERPT = 300;

    private final PersonRepository persons;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileModeration(PersonRepository persons, PeopleService people, ApplicationEventPublisher events, Clock clock) {
        this.persons = persons;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The profile if the current user may see it (its {@link Visibility}, and not hidden pending
     * moderation unless it is theirs or they moderate).
     *
     * @throws PersonNotFoundException when unknown or not visible to them
     */
    public ModeratedProfile visible(long personId) {
        Profile profile = people.profile(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        boolean hidden = persons.findById(personId).map(Person::hidden).orElse(false);
        return toModerated(profile, hidden);
    }

    /** The profiles that exist among {@code personIds}, by id, whoever asks (the caller is a moderator's service). */
    public Map<Long, ModeratedProfile> forQueue(Collection<Long> personIds) {
        Map<Long, ModeratedProfile> out = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        Map<Long, Boolean> hidden = persons.findAllById(new LinkedHashSet<>(personIds)).stream()
                .collect(Collectors.toMap(Person::id, Person::hidden));
        for (Long id : new LinkedHashSet<>(personIds)) {
            if (hidden.containsKey(id)) {
                people.profileForIndex(id).ifPresent(p -> out.put(id, toModerated(p, hidden.get(id))));
            }
        }
        return out;
    }

    /**
     * Hides the profile pending review or shows it again; answers whether that changed anything.
     * Publishes {@link ProfileChanged} so the finder's index follows.
     *
     * @throws PersonNotFoundException for an unknown person
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean setHidden(long personId, boolean hidden) {
        Person person = persons.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        if (person.hidden() == hidden) {
            return false;
        }
        person.hiddenAt(hidden ? clock.instant() : null);
        persons.flush();
        events.publishEvent(new ProfileChanged(personId));
        return true;
    }

    /** Whether the profile is hidden pending moderation (false for unknown people). */
    public boolean isHidden(long personId) {
        return persons.findById(personId).map(Person::hidden).orElse(false);
    }

    /** The ids of all profiles hidden pending moderation (few: for leaving them out of a full re-index). */
    public Set<Long> hiddenPersonIds() {
        return Set.copyOf(persons.findHiddenIds());
    }

    /** How many profiles are hidden pending moderation. */
    public long hiddenCount() {
        return persons.countByHiddenAtIsNotNull();
    }

    private static ModeratedProfile toModerated(Profile p, boolean hidden) {
        List<String> parts = new ArrayList<>();
        add(parts, p.headline());
        add(parts, p.bioMarkdown());
        if (!p.topics().isEmpty()) {
            parts.add(String.join(", ", p.topics()));
        }
        if (!p.credentials().isEmpty()) {
            parts.add(String.join(", ", p.credentials()));
        }
        String text = String.join(" · ", parts).strip().replaceAll("\\s+", " ");
        if (text.length() > EXCERPT) {
            text = text.substring(0, EXCERPT - 1) + "…";
        }
        String places = p.current().stream().map(AffiliationSummary::institutionName)
                .filter(n -> n != null && !n.isBlank()).distinct().collect(Collectors.joining(", "));
        String where = places.isEmpty() ? p.displayName() : p.displayName() + " · " + places;
        return new ModeratedProfile(p.personId(), p.displayName(), where, text, hidden);
    }

    private static void add(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text);
        }
    }
}
