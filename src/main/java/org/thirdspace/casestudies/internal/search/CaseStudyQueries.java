package org.thirdspace.casestudies.internal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudySearchResult;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.search.MarkedHighlights;

/**
 * The Elasticsearch request behind a case-study search and the reading of its response.
 * <ul>
 * <li>Audience: every request filters to what the viewer may see: case studies without a home
 * group or with a PUBLIC one for everyone, MEMBERS_ONLY groups' for logged-in users, PRIVATE
 * groups' for their current members ({@link Viewer#groupIds()}). The filter is part of the main
 * query, so no hit, total, highlight or facet count includes anything else.</li>
 * <li>Text: every word must occur somewhere in the title, summary or fields (searched as one
 * combined field, {@code all_text}); the whole text as a phrase and words in the title rank
 * higher. Without text, newest published first.</li>
 * <li>Facets: filters go to {@code post_filter}; each facet is counted over the visible matches
 * with all <em>other</em> facet filters applied (values within a facet OR-ed, facets AND-ed).</li>
 * <li>Highlights: the words of the text in the title, the summary and each field
 * ({@code fields.<code>}), marked with private-use characters and turned into escaped HTML by
 * {@link MarkedHighlights}. The index turns off the highlighter's "weight matches" mode (each
 * matching word is marked, a phrase word by word): with it, highlighting eleven fields per hit
 * cost several times the search itself.</li>
 * </ul>
 */
public final class CaseStudyQueries {

    /** Highlight fragments per hit. */
    public static final int MAX_HIGHLIGHTS = 3;
    static final int FACET_SIZE = 100;
    static final int FRAGMENT_SIZE = 180;
    /** Highlighting stops here (the index default refuses fields over 1,000,000 characters). */
    static final int MAX_ANALYZED_OFFSET = 900_000;

    private static final String ALL_TEXT = "all_text";
    private static final List<String> HIGHLIGHT_FIELDS = List.of("title", "summary", "fields.*");
    private static final List<String> RESULT_FIELDS = List.of("id", "title", "summary", "activities", "regions",
            "model", "evidence", "group_name", "published_at", "review_due_on");

    /** Who searches: logged in or not, and the ids of the groups they currently belong to. */
    public record Viewer(boolean loggedIn, Set<Long> groupIds) {

        public static final Viewer ANONYMOUS = new Viewer(false, Set.of());

        public Viewer {
            groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
        }
    }

    /** Facet name in results and the document field it counts. */
    public enum Facet {
        ACTIVITY("activity", "activities"),
        SECTOR("sector", "sectors"),
        PHASE("phase", "phases"),
        REGION("region", "regions"),
        MODEL("model", "model"),
        EVIDENCE("evidence", "evidence"),
        /** The curation badge, indexed as the keyword "true" or "false". */
        GOOD_PRACTICE("good-practice", "good_practice");

        public final String param;
        final String field;

        Facet(String param, String field) {
            this.param = param;
            this.field = field;
        }

        Set<String> selected(CaseStudySearchQuery query) {
            return switch (this) {
                case ACTIVITY -> query.activities();
                case SECTOR -> query.sectors();
                case PHASE -> query.phases();
                case REGION -> query.regions();
                case MODEL -> {
                    Set<String> levels = new TreeSet<>();
                    query.modelLevels().forEach(l -> levels.add(l.toString()));
                    yield levels;
                }
                case EVIDENCE -> query.evidenceStrengths();
                case GOOD_PRACTICE -> query.goodPractice() ? Set.of("true") : Set.of();
            };
        }
    }

    private CaseStudyQueries() {
    }

    // --- the request ---------------------------------------------------------------------------

    /** The search request for a (validated) query as {@code viewer}, against {@code index}. */
    public static SearchRequest request(CaseStudySearchQuery query, Viewer viewer, String index) {
        String text = query.text() == null ? "" : query.text().strip();
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(mainQuery(text, query.groupId(), viewer))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(RESULT_FIELDS)))
                    .sort(sort(!text.isEmpty()))
                    .aggregations(facetAggregations(query));
            if (!text.isEmpty()) {
                s.highlight(h -> h.preTags(MarkedHighlights.PRE).postTags(MarkedHighlights.POST)
                        .highlightQuery(highlightQuery(text)).requireFieldMatch(true)
                        .maxAnalyzedOffset(MAX_ANALYZED_OFFSET)
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("summary", f -> f.numberOfFragments(1).fragmentSize(FRAGMENT_SIZE))
                        .fields("fields.*", f -> f.numberOfFragments(1).fragmentSize(FRAGMENT_SIZE)));
            }
            Query post = facetFilter(query, null);
            if (post != null) {
                s.postFilter(post);
            }
            return s;
        });
    }

    private static Query mainQuery(String text, Long groupId, Viewer viewer) {
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(audience(viewer));
        if (groupId != null) {
            bool.filter(f -> f.term(t -> t.field("group_id").value(groupId)));
        }
        if (!text.isEmpty()) {
            // one combined field (copy_to of title, summary and every field): one term lookup per word
            bool.must(m -> m.match(mt -> mt.field(ALL_TEXT).query(text).operator(Operator.And)));
            if (text.strip().split("\\s+").length > 1) {
                bool.should(sh -> sh.matchPhrase(p -> p.field(ALL_TEXT).query(text).boost(2f)));
            }
            bool.should(sh -> sh.match(mt -> mt.field("title").query(text).boost(3f)));
        }
        return bool.build()._toQuery();
    }

    /** What to mark: the words of the text in each part (the main query only searches the combined field). */
    private static Query highlightQuery(String text) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text).fields(HIGHLIGHT_FIELDS).type(TextQueryType.BestFields)));
    }

    /** What the viewer may see: everyone PUBLIC, logged-in users MEMBERS_ONLY, members their PRIVATE groups. */
    public static Query audience(Viewer viewer) {
        List<FieldValue> audiences = viewer.loggedIn()
                ? List.of(FieldValue.of(GroupVisibility.PUBLIC.name()), FieldValue.of(GroupVisibility.MEMBERS_ONLY.name()))
                : List.of(FieldValue.of(GroupVisibility.PUBLIC.name()));
        BoolQuery.Builder audience = new BoolQuery.Builder().minimumShouldMatch("1")
                .should(q -> q.terms(t -> t.field("audience").terms(v -> v.value(audiences))));
        if (viewer.loggedIn() && !viewer.groupIds().isEmpty()) {
            List<FieldValue> groups = viewer.groupIds().stream().sorted().map(FieldValue::of).toList();
            audience.should(q -> q.terms(t -> t.field("group_id").terms(v -> v.value(groups))));
        }
        return audience.build()._toQuery();
    }

    /** The active facet filters, leaving out one facet (null: none left out); null when there are none. */
    static Query facetFilter(CaseStudySearchQuery query, Facet except) {
        List<Query> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> values = facet.selected(query);
            if (facet != except && !values.isEmpty()) {
                List<FieldValue> terms = values.stream().sorted().map(FieldValue::of).toList();
                filters.add(Query.of(q -> q.terms(t -> t.field(facet.field).terms(v -> v.value(terms)))));
            }
        }
        return filters.isEmpty() ? null : Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Map<String, Aggregation> facetAggregations(CaseStudySearchQuery query) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Query others = facetFilter(query, facet);
            Query filter = others == null ? Query.of(q -> q.matchAll(m -> m)) : others;
            aggregations.put(facet.param, Aggregation.of(a -> a.filter(filter)
                    .aggregations("values", v -> v.terms(t -> t.field(facet.field).size(FACET_SIZE)))));
        }
        return aggregations;
    }

    private static List<SortOptions> sort(boolean byRelevance) {
        List<SortOptions> sort = new ArrayList<>();
        if (byRelevance) {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("published_at").order(SortOrder.Desc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Desc))));
        return sort;
    }

    // --- the response --------------------------------------------------------------------------

    /** The result of a response; {@code today} decides which hits are due for review (on or after the date). */
    @SuppressWarnings("rawtypes")
    public static CaseStudySearchResult result(SearchResponse<Map> response, CaseStudySearchQuery query,
            LocalDate today) {
        List<CaseStudySearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(hit(hit, today));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new CaseStudySearchResult(total, List.copyOf(hits), facets(response, query));
    }

    @SuppressWarnings("rawtypes")
    private static CaseStudySearchResult.Hit hit(Hit<Map> hit, LocalDate today) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        LocalDate due = date(source.get("review_due_on"));
        return new CaseStudySearchResult.Hit(
                ((Number) source.get("id")).longValue(),
                (String) source.get("title"),
                source.get("summary") instanceof String s ? s : "",
                highlights(hit.highlight()),
                strings(source.get("activities")),
                strings(source.get("regions")),
                modelLevel(source.get("model")),
                source.get("evidence") instanceof String e ? e : null,
                source.get("group_name") instanceof String g ? g : null,
                instant(source.get("published_at")),
                due != null && !due.isAfter(today));
    }

    /** Fragments as safe HTML labelled with their part: title, summary, then fields in template order. */
    static List<CaseStudySearchResult.Highlight> highlights(Map<String, List<String>> byField) {
        List<CaseStudySearchResult.Highlight> out = new ArrayList<>();
        if (byField == null || byField.isEmpty()) {
            return out;
        }
        List<String> parts = new ArrayList<>(List.of("title", "summary"));
        for (CaseStudyField field : CaseStudyField.values()) {
            parts.add(field.code());
        }
        for (String part : parts) {
            List<String> fragments = byField.get(part.equals("title") || part.equals("summary") ? part : "fields." + part);
            if (fragments == null) {
                continue;
            }
            for (String fragment : fragments) {
                if (out.size() < MAX_HIGHLIGHTS) {
                    out.add(new CaseStudySearchResult.Highlight(part, MarkedHighlights.toSafeHtml(fragment)));
                }
            }
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, List<CaseStudySearchResult.FacetCount>> facets(SearchResponse<Map> response,
            CaseStudySearchQuery query) {
        Map<String, List<CaseStudySearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<CaseStudySearchResult.FacetCount> counts = new ArrayList<>();
            Aggregate aggregate = response.aggregations().get(facet.param);
            if (aggregate != null && aggregate.isFilter()) {
                Aggregate values = aggregate.filter().aggregations().get("values");
                if (values != null && values.isSterms()) {
                    values.sterms().buckets().array().forEach(b ->
                            counts.add(new CaseStudySearchResult.FacetCount(b.key().stringValue(), b.docCount())));
                }
            }
            // selected values stay listed even when no visible case study has them
            Set<String> present = new LinkedHashSet<>();
            counts.forEach(c -> present.add(c.code()));
            for (String selected : facet.selected(query)) {
                if (!present.contains(selected)) {
                    counts.add(new CaseStudySearchResult.FacetCount(selected, 0));
                }
            }
            facets.put(facet.param, List.copyOf(counts));
        }
        return facets;
    }

    private static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private static Integer modelLevel(Object value) {
        if (value instanceof String s) {
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value instanceof Number n ? n.intValue() : null;
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
