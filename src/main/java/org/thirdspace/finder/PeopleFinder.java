package org.thirdspace.finder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thirdspace.finder.internal.Highlights;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * People searches over the {@code people} index.
 * <ul>
 * <li>Text: every word must match one of name, headline, topics, role labels and synonyms,
 * activity/subject/phase labels, institutions (current and former), bio, credentials, with
 * {@code fuzziness AUTO}; alternatively, people holding a role whose label or synonyms the text
 * names ({@link Vocabularies#matching}) match too.</li>
 * <li>Facets: filters go to {@code post_filter}; each facet's counts come from a filter
 * aggregation with all <em>other</em> active filters, so a count is exactly the total you get by
 * adding that value.</li>
 * <li>Privacy in the main query: HIDDEN never, MEMBERS only for members.</li>
 * </ul>
 */
@Service
public class PeopleFinder {

    static final List<String> TEXT_FIELDS = List.of("display_name^4", "headline^2", "topics^2", "role_text^2",
            "terms_text", "institutions_current", "institutions_former", "bio", "credentials");
    private static final List<String> HIGHLIGHT_FIELDS = List.of("headline", "topics", "role_text", "terms_text",
            "institutions_current", "institutions_former", "bio");
    /** What a result needs from {@code _source} (less to fetch and parse). */
    private static final List<String> RESULT_FIELDS = List.of("id", "display_name", "headline", "institution",
            "institutions_former", "location", "roles", "subjects", "activities", "boundary_spanner", "available");
    private static final int FACET_SIZE = 100;
    private static final int MAX_WORDS = 12;

    private final SearchIndexes indexes;
    private final Vocabularies vocabularies;
    private final InstitutionService institutions;
    private final MessageSource messages;

    PeopleFinder(SearchIndexes indexes, Vocabularies vocabularies, InstitutionService institutions, MessageSource messages) {
        this.indexes = indexes;
        this.vocabularies = vocabularies;
        this.institutions = institutions;
        this.messages = messages;
    }

    /** Runs a search as a viewer. */
    public FinderResult search(FinderQuery query, Viewer viewer) {
        Locale locale = LocaleContextHolder.getLocale();
        Set<String> synonymRoles = synonymRoles(query.text(), locale);
        SearchResponse<Map> response = execute(request(query, viewer, synonymRoles));
        List<FinderResult.Item> items = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            items.add(item(hit, query, synonymRoles, locale));
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        Map<Facet, List<FinderResult.FacetCount>> facets = facets(response, query, locale);
        List<String> suggestions = total == 0 && !query.text().isBlank() ? spellingAlternatives(query.text()) : List.of();
        return new FinderResult(total, items, facets, suggestions);
    }

    /** The Elasticsearch request {@link #search} sends (the benchmark replays it straight against the node). */
    public SearchRequest request(FinderQuery query, Viewer viewer) {
        return request(query, viewer, synonymRoles(query.text(), LocaleContextHolder.getLocale()));
    }

    private SearchRequest request(FinderQuery query, Viewer viewer, Set<String> synonymRoles) {
        return SearchRequest.of(s -> {
            s.index(alias())
                    .query(mainQuery(query, viewer, synonymRoles))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(RESULT_FIELDS)))
                    .sort(sort(query));
            if (!query.text().isBlank()) {
                // highlighting with the fuzzy query costs seconds per page on 100k people: mark
                // exact (analysed) word matches; typo matches are explained by the "why" line
                Query highlightQuery = Query.of(q -> q.multiMatch(mm -> mm.query(query.text())
                        .fields(HIGHLIGHT_FIELDS).type(TextQueryType.BestFields)));
                s.highlight(h -> {
                    h.preTags(Highlights.PRE).postTags(Highlights.POST).requireFieldMatch(true)
                            .numberOfFragments(1).fragmentSize(160).highlightQuery(highlightQuery);
                    for (String field : HIGHLIGHT_FIELDS) {
                        h.fields(field, f -> f);
                    }
                    return h;
                });
            }
            Query post = facetFilter(query, null);
            if (post != null) {
                s.postFilter(post);
            }
            s.aggregations(facetAggregations(query));
            return s;
        });
    }

    /** Typeahead: names, institutions and topics starting with (or close to) the prefix, for profiles the viewer may see. */
    public List<String> suggest(String prefix, Viewer viewer, int max) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String text = prefix.strip();
        List<CompletionContext> contexts = visibleTo(viewer).stream()
                .map(v -> CompletionContext.of(c -> c.context(x -> x.category(v)))).toList();
        SearchRequest request = SearchRequest.of(s -> s.index(alias()).size(0).source(src -> src.fetch(false))
                .suggest(sg -> sg.suggesters("names", f -> f.prefix(text)
                        .completion(c -> c.field("suggest").size(Math.max(1, max)).skipDuplicates(true)
                                .fuzzy(z -> z.fuzziness(text.length() > 3 ? "1" : "0"))
                                .contexts("visibility", contexts)))));
        SearchResponse<Map> response = execute(request);
        Set<String> out = new LinkedHashSet<>();
        for (Suggestion<Map> suggestion : response.suggest().getOrDefault("names", List.of())) {
            suggestion.completion().options().forEach(o -> out.add(o.text()));
        }
        return out.stream().limit(max).toList();
    }

    /** The location of an institution, for "near this institution". */
    public Optional<GeoPoint> locateInstitution(long institutionId) {
        return institutions.find(institutionId).flatMap(InstitutionSummary::optionalLocation);
    }

    /**
     * The location of a postcode: the location of an institution with that postcode that
     * someone in the index works at (only full postcodes of known institutions are supported).
     */
    public Optional<GeoPoint> locatePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return Optional.empty();
        }
        String normalised = PeopleIndex.normalisePostcode(postcode);
        SearchRequest request = SearchRequest.of(s -> s.index(alias()).size(1)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("postcodes").value(normalised)))
                        .filter(f -> f.exists(e -> e.field("location")))))
                .source(src -> src.filter(f -> f.includes("location"))));
        return execute(request).hits().hits().stream().findFirst().map(Hit::source).flatMap(PeopleFinder::location);
    }

    // --- query building --------------------------------------------------------------------

    Query mainQuery(FinderQuery query, Viewer viewer, Set<String> synonymRoles) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(privacy(viewer));
        if (!query.text().isBlank()) {
            BoolQuery.Builder text = new BoolQuery.Builder().minimumShouldMatch("1");
            if (synonymRoles.isEmpty()) {
                text.should(allWords(words(query.text())));
            } else {
                // the text names a role (label or synonym): that phrase means the role; the other
                // words must match as usual
                List<String> rest = words(withoutRoleNames(query.text(), synonymRoles));
                BoolQuery.Builder role = new BoolQuery.Builder()
                        .filter(f -> f.terms(t -> t.field("roles").terms(v -> v.value(values(synonymRoles)))));
                if (!rest.isEmpty()) {
                    role.must(allWords(rest));
                }
                text.should(role.boost(2f).build()._toQuery());
            }
            // the whole text as a phrase in the name or headline ranks exact matches first
            text.should(s -> s.multiMatch(mm -> mm.query(query.text()).fields("display_name^6", "headline^3")
                    .type(TextQueryType.Phrase)));
            bool.must(text.build()._toQuery());
        }
        if (query.near() != null && query.withinKm() != null) {
            bool.filter(f -> f.geoDistance(g -> g.field("location").distance(query.withinKm() + "km")
                    .location(geo(query.near()))));
        }
        return bool.build()._toQuery();
    }

    private static Query allWords(List<String> words) {
        BoolQuery.Builder all = new BoolQuery.Builder();
        for (String word : words) {
            all.must(m -> m.multiMatch(mm -> mm.query(word).fields(TEXT_FIELDS)
                    .type(TextQueryType.BestFields).fuzziness("AUTO").prefixLength(1)));
        }
        return all.build()._toQuery();
    }

    /** The text without the labels and synonyms of the given roles. */
    private String withoutRoleNames(String text, Set<String> roleCodes) {
        String rest = " " + normalise(text) + " ";
        Locale locale = LocaleContextHolder.getLocale();
        for (String code : roleCodes) {
            Optional<Term> term = vocabularies.term(Vocabulary.ROLE, code, locale);
            if (term.isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>(term.get().synonyms());
            names.add(term.get().label());
            names.sort((a, b) -> b.length() - a.length());
            for (String name : names) {
                rest = rest.replace(" " + normalise(name) + " ", " ");
            }
        }
        return rest.strip();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static Query privacy(Viewer viewer) {
        return Query.of(q -> q.terms(t -> t.field("visibility").terms(v -> v.value(values(visibleTo(viewer))))));
    }

    static List<String> visibleTo(Viewer viewer) {
        return viewer != null && viewer.member() ? List.of("PUBLIC", "MEMBERS") : List.of("PUBLIC");
    }

    /** The active facet filters, leaving out one facet (null: none left out); null when there are none. */
    static Query facetFilter(FinderQuery query, Facet except) {
        List<Query> filters = new ArrayList<>();
        query.filters().forEach((facet, values) -> {
            if (facet != except) {
                filters.add(Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(values(values))))));
            }
        });
        if (filters.isEmpty()) {
            return null;
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Map<String, Aggregation> facetAggregations(FinderQuery query) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Query others = facetFilter(query, facet);
            Query filter = others == null ? Query.of(q -> q.matchAll(m -> m)) : others;
            aggregations.put(facet.param(), Aggregation.of(a -> a.filter(filter)
                    .aggregations("values", v -> v.terms(t -> t.field(facet.field()).size(FACET_SIZE)))));
        }
        return aggregations;
    }

    private static List<SortOptions> sort(FinderQuery query) {
        SortOptions recent = SortOptions.of(o -> o.field(f -> f.field("last_active_at").order(SortOrder.Desc)
                .missing("_last")));
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        return switch (query.sort()) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))), recent, byId);
            case RECENT -> List.of(recent, byId);
            case DISTANCE -> List.of(SortOptions.of(o -> o.geoDistance(g -> g.field("location")
                    .location(geo(query.near())).order(SortOrder.Asc).unit(DistanceUnit.Kilometers))), byId);
        };
    }

    private Set<String> synonymRoles(String text, Locale locale) {
        if (text.isBlank()) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Term term : vocabularies.matching(Vocabulary.ROLE, text, locale)) {
            codes.add(term.code());
        }
        return codes;
    }

    // --- results ---------------------------------------------------------------------------

    private FinderResult.Item item(Hit<Map> hit, FinderQuery query, Set<String> synonymRoles, Locale locale) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        Double distance = null;
        if (query.near() != null) {
            distance = location(source).map(l -> Math.round(query.near().distanceKm(l) * 10) / 10.0).orElse(null);
        }
        List<String> highlights = new ArrayList<>();
        for (String field : HIGHLIGHT_FIELDS) {
            List<String> fragments = hit.highlight().get(field);
            if (fragments != null) {
                fragments.forEach(f -> highlights.add(Highlights.toSafeHtml(f)));
            }
        }
        boolean spanner = Boolean.TRUE.equals(source.get("boundary_spanner"));
        boolean available = Boolean.TRUE.equals(source.get("available"));
        String why = why(source, query, synonymRoles, distance, spanner, available, locale);
        return new FinderResult.Item(((Number) source.get("id")).longValue(), (String) source.get("display_name"),
                (String) source.get("headline"), (String) source.get("institution"),
                strings(source.get("institutions_former")).stream().distinct().limit(3).toList(), distance,
                highlights.stream().limit(3).toList(), why, spanner, available);
    }

    private String why(Map<?, ?> source, FinderQuery query, Set<String> synonymRoles, Double distance,
            boolean spanner, boolean available, Locale locale) {
        List<String> parts = new ArrayList<>();
        pick(strings(source.get("roles")), query.values(Facet.ROLE), synonymRoles)
                .ifPresent(code -> parts.add(vocabularies.label(Vocabulary.ROLE, code, locale)));
        pick(strings(source.get("subjects")), query.values(Facet.SUBJECT), Set.of())
                .ifPresent(code -> parts.add(vocabularies.label(Vocabulary.SUBJECT, code, locale)));
        if (!query.values(Facet.ACTIVITY).isEmpty()) {
            pick(strings(source.get("activities")), query.values(Facet.ACTIVITY), Set.of())
                    .ifPresent(code -> parts.add(vocabularies.label(Vocabulary.ACTIVITY_TYPE, code, locale)));
        }
        if (distance != null) {
            parts.add(String.format(Locale.ROOT, "%.1f km", distance));
        }
        if (spanner) {
            parts.add(text("finder.why.spanner", locale));
        }
        if (available) {
            parts.add(text("finder.why.available", locale));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** The code that explains the match best: a filtered one, then a synonym-matched one, then the first. */
    private static Optional<String> pick(List<String> codes, Set<String> filtered, Set<String> matched) {
        return codes.stream().filter(filtered::contains).findFirst()
                .or(() -> codes.stream().filter(matched::contains).findFirst())
                .or(() -> codes.stream().findFirst());
    }

    private Map<Facet, List<FinderResult.FacetCount>> facets(SearchResponse<Map> response, FinderQuery query, Locale locale) {
        Map<Facet, List<FinderResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Aggregate aggregate = response.aggregations().get(facet.param());
            List<FinderResult.FacetCount> counts = new ArrayList<>();
            if (aggregate != null) {
                Aggregate values = aggregate.filter().aggregations().get("values");
                if (values.isSterms()) {
                    values.sterms().buckets().array().forEach(b -> counts.add(
                            new FinderResult.FacetCount(b.key().stringValue(), label(facet, b.key().stringValue(), locale), b.docCount())));
                } else if (values.isLterms()) {
                    values.lterms().buckets().array().forEach(b -> {
                        String code = b.keyAsString() != null ? b.keyAsString() : Long.toString(b.key());
                        counts.add(new FinderResult.FacetCount(code, label(facet, code, locale), b.docCount()));
                    });
                }
            }
            // selected values stay visible even when nothing has them
            Set<String> present = new LinkedHashSet<>();
            counts.forEach(c -> present.add(c.code()));
            for (String selected : query.values(facet)) {
                if (!present.contains(selected)) {
                    counts.add(new FinderResult.FacetCount(selected, label(facet, selected, locale), 0));
                }
            }
            if (facet.isBoolean()) {
                counts.removeIf(c -> "false".equals(c.code()) && !query.values(facet).contains("false"));
            }
            facets.put(facet, List.copyOf(counts));
        }
        return facets;
    }

    /** The display label of a facet value. */
    public String label(Facet facet, String code, Locale locale) {
        return facet.vocabulary().map(v -> vocabularies.label(v, code, locale))
                .orElseGet(() -> text("finder.facet." + facet.param() + "." + code, locale));
    }

    private List<String> spellingAlternatives(String text) {
        try {
            SearchRequest request = SearchRequest.of(s -> s.index(alias()).size(0)
                    .suggest(sg -> sg.text(text)
                            .suggesters("roles", f -> f.term(t -> t.field("role_text").suggestMode(
                                    co.elastic.clients.elasticsearch._types.SuggestMode.Always)))
                            .suggesters("names", f -> f.term(t -> t.field("display_name").suggestMode(
                                    co.elastic.clients.elasticsearch._types.SuggestMode.Always)))
                            .suggesters("topics", f -> f.term(t -> t.field("topics").suggestMode(
                                    co.elastic.clients.elasticsearch._types.SuggestMode.Always)))));
            SearchResponse<Map> response = execute(request);
            Set<String> out = new LinkedHashSet<>();
            for (String name : List.of("roles", "topics", "names")) {
                StringBuilder corrected = new StringBuilder();
                boolean changed = false;
                for (Suggestion<Map> suggestion : response.suggest().getOrDefault(name, List.of())) {
                    var options = suggestion.term().options();
                    String word = options.isEmpty() ? suggestion.term().text() : options.getFirst().text();
                    changed |= !options.isEmpty();
                    corrected.append(corrected.isEmpty() ? "" : " ").append(word);
                }
                if (changed && !corrected.toString().equalsIgnoreCase(text)) {
                    out.add(corrected.toString());
                }
            }
            return out.stream().limit(3).toList();
        } catch (SearchIndexException e) {
            return List.of();
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    private SearchResponse<Map> execute(SearchRequest request) {
        try {
            return indexes.client().search(request, Map.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("People search failed: " + e.getMessage(), e);
        }
    }

    private String alias() {
        return indexes.alias(PeopleIndex.NAME);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[\\s,;]+")) {
            if (!w.isBlank() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return words;
    }

    static List<FieldValue> values(java.util.Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    static GeoLocation geo(GeoPoint point) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.latitude()).lon(point.longitude())));
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    static Optional<GeoPoint> location(Map<?, ?> source) {
        if (source != null && source.get("location") instanceof Map<?, ?> loc
                && loc.get("lat") instanceof Number lat && loc.get("lon") instanceof Number lon) {
            return Optional.of(new GeoPoint(lat.doubleValue(), lon.doubleValue()));
        }
        return Optional.empty();
    }
}
