package org.thirdspace.people;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A full profile update (what the profile editor and {@code PUT /api/v1/people/me} send). Missing
 * lists are empty; missing availability, contact preferences and visibility take their defaults.
 * Codes must be active terms of their vocabularies (checked by {@link PeopleService}).
 */
public record ProfileUpdate(
        @Size(max = 120) String displayName,
        @Size(max = MAX_HEADLINE) String headline,
        @Size(max = MAX_BIO) String bioMarkdown,
        @Size(max = 12) Set<@NotBlank @Size(max = 80) String> roles,
        @Size(max = 20) Set<@NotBlank @Size(max = 80) String> activities,
        @Size(max = 30) Set<@NotBlank @Size(max = 80) String> subjects,
        @Size(max = 10) Set<@NotBlank @Size(max = 80) String> phases,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> topics,
        @Size(max = 10) List<@NotBlank @Size(max = 150) String> credentials,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> languages,
        Availability availability,
        ContactPreferences contact,
        Visibility visibility) {

    public static final int MAX_HEADLINE = 200;
    public static final int MAX_BIO = 8000;
    public static final int MAX_CONTACT_NOTE = 500;
    public static final int MAX_CAPACITY = 50;

    public ProfileUpdate {
        roles = roles == null ? Set.of() : roles;
        activities = activities == null ? Set.of() : activities;
        subjects = subjects == null ? Set.of() : subjects;
        phases = phases == null ? Set.of() : phases;
        topics = topics == null ? List.of() : topics;
        credentials = credentials == null ? List.of() : credentials;
        languages = languages == null ? List.of() : languages;
        availability = availability == null ? Availability.unknown() : availability;
        contact = contact == null ? ContactPreferences.defaults() : contact;
        visibility = visibility == null ? Visibility.MEMBERS : visibility;
    }

    /** The update that keeps a profile as it is (a starting point for editors). */
    public static ProfileUpdate of(Profile p) {
        return new ProfileUpdate(p.displayName(), p.headline(), p.bioMarkdown(), p.roles(), p.activities(),
                p.subjects(), p.phases(), p.topics(), p.credentials(), p.languages(), p.availability(), p.contact(),
                p.visibility());
    }
}
