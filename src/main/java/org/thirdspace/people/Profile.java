package org.thirdspace.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything about a person that the profile page, the API and the finder's index show.
 * Codes ({@code roles}, {@code activities}, {@code subjects}, {@code phases}) are terms of the
 * vocabularies; {@code bioHtml} is the bio rendered from Markdown and sanitised.
 *
 * @param email the account's email, only filled in when the owner allows it (or for the owner/admins)
 * @param boundarySpanner has current or recent affiliations on both the school and the university
 *        side, or the broker role
 * @param lastActiveAt last time the person did something on the platform (for "recently active")
 */
public record Profile(
        long personId,
        Long accountId,
        String displayName,
        String headline,
        String bioMarkdown,
        String bioHtml,
        Set<String> roles,
        Set<String> activities,
        Set<String> subjects,
        Set<String> phases,
        List<String> topics,
        List<String> credentials,
        List<String> languages,
        Availability availability,
        ContactPreferences contact,
        Visibility visibility,
        String email,
        List<AffiliationSummary> affiliations,
        boolean boundarySpanner,
        boolean broker,
        Instant updatedAt,
        Instant lastActiveAt) {

    public List<AffiliationSummary> current() {
        return affiliations.stream().filter(AffiliationSummary::isCurrent).toList();
    }

    public List<AffiliationSummary> former() {
        return affiliations.stream().filter(a -> !a.isCurrent()).toList();
    }
}
