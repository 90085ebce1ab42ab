package org.thirdspace.finder.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.Profile;
import org.thirdspace.people.ProfileModeration;
import org.thirdspace.search.BulkWriter;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.IndexedFeature;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The {@code people} index: one document per person, built from {@link PeopleService#profileForIndex}
 * plus the person's current institutions (sector, region, location, postcode). Profiles their
 * owners hide are indexed too (with their visibility) and filtered out by every query; profiles
 * hidden pending moderation ({@link ProfileModeration#isHidden}) are left out of the index until
 * a moderator shows them again.
 */
@Component
public class PeopleIndex implements IndexedFeature {

    public static final String NAME = "people";
    /** The mapping: standard analyzer and a lowercase normalizer only (works on the minimal node). */
    public static final IndexDefinition DEFINITION = IndexDefinition.fromClasspath(NAME, "search/people.json");
    private static final int PAGE = 500;
    static final Locale LOCALE = Locale.ENGLISH;

    private final SearchIndexes indexes;
    private final PeopleService people;
    private final InstitutionService institutions;
    private final Vocabularies vocabularies;
    private final ProfileModeration moderation;

    PeopleIndex(SearchIndexes indexes, PeopleService people, InstitutionService institutions, Vocabularies vocabularies,
            ProfileModeration moderation) {
        this.moderation = moderation;
        this.indexes = indexes;
        this.people = people;
        this.institutions = institutions;
        this.vocabularies = vocabularies;
    }

    @Override
    public IndexDefinition definition() {
        return DEFINITION;
    }

    @Override
    public long documentCount() {
        return people.count() - moderation.hiddenCount();
    }

    @Override
    public void writeAll(BulkWriter writer) {
        Map<Long, Optional<InstitutionSummary>> cache = new HashMap<>();
        Set<Long> hidden = moderation.hiddenPersonIds();
        for (int offset = 0; ; offset += PAGE) {
            List<Long> ids = people.personIds(offset, PAGE);
            for (Long id : ids) {
                if (hidden.contains(id)) {
                    continue;
                }
                people.profileForIndex(id).ifPresent(p -> writer.index(Long.toString(p.personId()),
                        document(p, i -> cache.computeIfAbsent(i, institutions::find))));
            }
            if (ids.size() < PAGE) {
                return;
            }
        }
    }

    /** Writes the given profiles (the benchmark feeds generated ones through the same mapping). */
    public void writeProfiles(BulkWriter writer, Stream<Profile> profiles, Function<Long, Optional<InstitutionSummary>> institutionLookup) {
        profiles.forEach(p -> writer.index(Long.toString(p.personId()), document(p, institutionLookup)));
    }

    /** Re-indexes one person from the source of truth, or removes them when they are gone or hidden pending moderation. */
    public void reindex(long personId) {
        Optional<Profile> profile = moderation.isHidden(personId) ? Optional.empty()
                : people.profileForIndex(personId);
        try (BulkWriter writer = indexes.writer(DEFINITION)) {
            if (profile.isPresent()) {
                writer.index(Long.toString(personId), document(profile.get(), institutions::find));
            } else {
                writer.delete(Long.toString(personId));
            }
        }
    }

    /** Indexes a profile as it is (tests and tools that have a complete profile at hand). */
    public void index(Profile profile) {
        try (BulkWriter writer = indexes.writer(DEFINITION)) {
            writer.index(Long.toString(profile.personId()), document(profile, institutions::find));
        }
    }

    public void refresh() {
        indexes.refresh(NAME);
    }

    /** The index document of a profile. */
    public Map<String, Object> document(Profile p, Function<Long, Optional<InstitutionSummary>> institutionLookup) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", p.personId());
        doc.put("display_name", Highlights.clean(p.displayName()));
        doc.put("headline", Highlights.clean(p.headline()));
        doc.put("bio", Highlights.clean(p.bioMarkdown()));
        doc.put("topics", p.topics());
        doc.put("credentials", p.credentials());
        doc.put("languages", p.languages());
        doc.put("roles", sorted(p.roles()));
        doc.put("activities", sorted(p.activities()));
        doc.put("subjects", sorted(p.subjects()));
        doc.put("phases", sorted(p.phases()));
        doc.put("role_text", roleText(p.roles()));
        List<String> termText = new ArrayList<>();
        addLabels(termText, Vocabulary.ACTIVITY_TYPE, p.activities());
        addLabels(termText, Vocabulary.SUBJECT, p.subjects());
        addLabels(termText, Vocabulary.PHASE, p.phases());
        List<String> currentNames = new ArrayList<>();
        List<Long> currentIds = new ArrayList<>();
        List<String> formerNames = new ArrayList<>();
        List<Long> formerIds = new ArrayList<>();
        Set<String> sectors = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        Set<String> postcodes = new TreeSet<>();
        Map<String, Double> location = null;
        String institution = null;
        for (AffiliationSummary a : p.affiliations()) {
            if (a.isCurrent()) {
                currentNames.add(a.institutionName());
                currentIds.add(a.institutionId());
                if (institution == null) {
                    institution = a.institutionName();
                }
                Optional<InstitutionSummary> found = institutionLookup.apply(a.institutionId());
                if (found.isPresent()) {
                    InstitutionSummary i = found.get();
                    sectors.add(i.sector().code());
                    regions.add(i.region().code());
                    if (i.postcode() != null && !i.postcode().isBlank()) {
                        postcodes.add(normalisePostcode(i.postcode()));
                    }
                    if (location == null && i.location() != null) {
                        location = Map.of("lat", i.location().latitude(), "lon", i.location().longitude());
                    }
                }
            } else {
                formerNames.add(a.institutionName());
                formerIds.add(a.institutionId());
            }
        }
        doc.put("terms_text", termText);
        doc.put("institution", institution);
        doc.put("institutions_current", currentNames);
        doc.put("institution_ids_current", currentIds);
        doc.put("institutions_former", formerNames);
        doc.put("institution_ids_former", formerIds);
        doc.put("postcodes", postcodes);
        doc.put("sectors", sectors);
        doc.put("regions", regions);
        doc.put("location", location);
        doc.put("boundary_spanner", p.boundarySpanner());
        doc.put("broker", p.broker());
        boolean open = p.availability() != null && p.availability().openToPartnerships();
        doc.put("available", open);
        doc.put("capacity", p.availability() == null ? null : p.availability().capacity());
        doc.put("mode", p.availability() == null || p.availability().mode() == null ? null
                : p.availability().mode().name().toLowerCase(Locale.ROOT));
        doc.put("visibility", p.visibility().name());
        doc.put("last_active_at", p.lastActiveAt() == null ? null : p.lastActiveAt().toString());
        Set<String> suggest = new LinkedHashSet<>();
        suggest.add(p.displayName());
        suggest.addAll(currentNames);
        suggest.addAll(p.topics());
        suggest.removeIf(s -> s == null || s.isBlank());
        doc.put("suggest", Map.of("input", List.copyOf(suggest)));
        return doc;
    }

    private List<String> roleText(Set<String> roles) {
        List<String> text = new ArrayList<>();
        for (String code : sorted(roles)) {
            Optional<Term> term = vocabularies.term(Vocabulary.ROLE, code, LOCALE);
            if (term.isPresent()) {
                text.add(term.get().label());
                text.addAll(term.get().synonyms());
            } else {
                text.add(code.replace('-', ' '));
            }
        }
        return text;
    }

    private void addLabels(List<String> into, Vocabulary vocabulary, Set<String> codes) {
        for (String code : sorted(codes)) {
            into.add(vocabularies.label(vocabulary, code, LOCALE));
        }
    }

    private static List<String> sorted(Set<String> codes) {
        return codes == null ? List.of() : new TreeSet<>(codes).stream().toList();
    }

    /** Postcodes compared without spaces, upper case. */
    public static String normalisePostcode(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
