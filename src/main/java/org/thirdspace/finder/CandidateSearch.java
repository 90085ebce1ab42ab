package org.thirdspace.finder;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.search.SearchIndexes;

/**
 * Ranks people for a need in one Elasticsearch query over the {@code people} index (the query API
 * other modules use instead of the index itself). Privacy exactly as in {@link PeopleFinder}:
 * HIDDEN never, MEMBERS only for members. See {@link CandidateQuery} and {@link CandidateWeights}
 * for what counts and how much.
 * <p>
 * Scores: a bool query whose {@code should} clauses add up: the need's words as one OR-ed
 * {@code multi_match} over headline, topics, role and term labels, bio and credentials (times
 * {@code text}); one constant-score clause per matching activity, subject (weight {@code facets})
 * and phase (half); a Gaussian decay on {@code location} (scale {@value #DISTANCE_SCALE}, offset
 * {@value #DISTANCE_OFFSET}); open to partnerships (half of {@code availability}) and capacity at
 * least the need's (the other half); a Gaussian decay on {@code last_active_at} (scale
 * {@value #ACTIVITY_SCALE}, offset {@value #ACTIVITY_OFFSET}); one clause per count of connections.
 */
@Service
public class CandidateSearch {

    static final String DISTANCE_SCALE = "40km";
    static final String DISTANCE_OFFSET = "5km";
    static final String ACTIVITY_SCALE = "30d";
    static final String ACTIVITY_OFFSET = "7d";
    static final int MAX_WORDS = 30;
    public static final int MAX_SIZE = 100;
    static final List<String> TEXT_FIELDS = List.of("headline^2", "topics^2", "role_text", "terms_text", "bio",
            "credentials");
    private static final List<String> SOURCE = List.of("id", "display_name", "headline", "institution", "activities",
            "subjects", "phases", "roles", "topics", "bio", "available", "capacity", "mode", "last_active_at",
            "location", "institution_ids_current");

    private static final List<SortOptions> SORT = List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));

    private final SearchIndexes indexes;

    CandidateSearch(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    /** Runs the query as the viewer, best first. */
    @SuppressWarnings("rawtypes")
    public List<CandidateHit> search(CandidateQuery query, Viewer viewer) {
        if (query.partneredOnly() && !query.hasPartnered()) {
            return List.of();
        }
        SearchResponse<Map> response;
        try {
            response = indexes.client().search(request(query, viewer), Map.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Candidate search failed: " + e.getMessage(), e);
        }
        List<CandidateHit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(hit(hit, query));
        }
        return hits;
    }

    /**
     * Runs several queries in one round trip ({@code _msearch}), e.g. the ranking and the
     * "already partnered" list; results in the same order.
     */
    @SuppressWarnings("rawtypes")
    public List<List<CandidateHit>> searchAll(List<CandidateQuery> queries, Viewer viewer) {
        List<Integer> sent = new ArrayList<>();
        List<RequestItem> items = new ArrayList<>();
        String alias = indexes.alias(PeopleIndex.NAME);
        for (int i = 0; i < queries.size(); i++) {
            CandidateQuery q = queries.get(i);
            if (q.partneredOnly() && !q.hasPartnered()) {
                continue;
            }
            sent.add(i);
            int size = Math.max(1, Math.min(MAX_SIZE, q.size()));
            items.add(RequestItem.of(r -> r.header(h -> h.index(alias)).body(b -> b.query(query(q, viewer)).size(size)
                    .trackTotalHits(t -> t.enabled(false)).source(src -> src.filter(f -> f.includes(SOURCE)))
                    .sort(SORT))));
        }
        List<List<CandidateHit>> out = new ArrayList<>();
        queries.forEach(q -> out.add(List.of()));
        if (items.isEmpty()) {
            return out;
        }
        MsearchResponse<Map> response;
        try {
            response = indexes.client().msearch(m -> m.searches(items), Map.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Candidate search failed: " + e.getMessage(), e);
        }
        for (int i = 0; i < sent.size(); i++) {
            MultiSearchResponseItem<Map> item = response.responses().get(i);
            if (item.isFailure()) {
                throw new SearchIndexException("Candidate search failed: " + item.failure().error().reason(), null);
            }
            CandidateQuery q = queries.get(sent.get(i));
            out.set(sent.get(i), item.result().hits().hits().stream().map(h -> hit(h, q)).toList());
        }
        return out;
    }

    /** The Elasticsearch request {@link #search} sends (the benchmark replays it straight against the node). */
    public SearchRequest request(CandidateQuery query, Viewer viewer) {
        int size = Math.max(1, Math.min(MAX_SIZE, query.size()));
        return SearchRequest.of(s -> s.index(indexes.alias(PeopleIndex.NAME)).size(size).trackTotalHits(t -> t.enabled(false))
                .query(query(query, viewer))
                .source(src -> src.filter(f -> f.includes(SOURCE)))
                .sort(SORT));
    }

    Query query(CandidateQuery q, Viewer viewer) {
        CandidateWeights w = q.weights();
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(PeopleFinder.privacy(viewer));
        if (!q.excluded().isEmpty()) {
            bool.mustNot(n -> n.ids(i -> i.values(q.excluded().stream().map(String::valueOf).toList())));
        }
        String text = words(q.text());
        // the gate: a candidate matches the need's words, one of its codes, or is connected; these
        // clauses also score (once), so the text is evaluated a single time
        BoolQuery.Builder gate = new BoolQuery.Builder().minimumShouldMatch("1");
        boolean gated = false;
        if (!text.isEmpty()) {
            gate.should(x -> x.multiMatch(mm -> mm.query(text).fields(TEXT_FIELDS).type(TextQueryType.BestFields)
                    .tieBreaker(0.3).operator(Operator.Or).boost((float) w.text())));
            gated = true;
        }
        gated |= facet(gate, "activities", q.activities(), w.facets());
        gated |= facet(gate, "subjects", q.subjects(), w.facets());
        gated |= facet(gate, "phases", q.phases(), w.facets() / 2);
        if (!q.connected().isEmpty()) {
            // one clause per count, so two connections weigh twice as much as one
            Map<Integer, List<String>> byCount = new TreeMap<>();
            q.connected().forEach((id, n) -> byCount.computeIfAbsent(Math.min(n, 5), k -> new ArrayList<>())
                    .add(String.valueOf(id)));
            byCount.forEach((n, ids) -> gate.should(x -> x.constantScore(c -> c.filter(f -> f.ids(i -> i.values(ids)))
                    .boost((float) (w.connections() * n)))));
            gated = true;
        }
        Query partnered = partnered(q);
        if (q.partneredOnly()) {
            // the partnered list: only them, whether they match or not (the gate only scores)
            bool.filter(partnered == null ? Query.of(f -> f.matchNone(m -> m)) : partnered);
            if (gated) {
                bool.should(gate.minimumShouldMatch("0").build()._toQuery());
            }
        } else {
            if (partnered != null) {
                bool.mustNot(partnered);
            }
            if (gated) {
                bool.must(gate.build()._toQuery());
            } else {
                bool.filter(f -> f.matchNone(m -> m));
            }
        }
        if (w.distance() > 0) {
            distance(bool, q, w.distance());
        }
        if (w.availability() > 0) {
            bool.should(x -> x.constantScore(c -> c.filter(f -> f.term(t -> t.field("available").value(true)))
                    .boost((float) (w.availability() / 2))));
            bool.should(x -> x.constantScore(c -> c.filter(f -> f.bool(b -> b
                    .filter(a -> a.term(t -> t.field("available").value(true)))
                    .filter(a -> a.range(r -> r.number(n -> n.field("capacity").gte((double) Math.max(1, q.capacityNeeded())))))))
                    .boost((float) (w.availability() / 2))));
        }
        if (w.activity() > 0) {
            Instant now = q.now() == null ? Instant.now() : q.now();
            bool.should(x -> x.functionScore(fs -> fs.query(e -> e.exists(ex -> ex.field("last_active_at")))
                    .functions(fn -> fn.gauss(g -> g.date(d -> d.field("last_active_at").placement(p -> p
                            .origin(now.toString()).scale(Time.of(t -> t.time(ACTIVITY_SCALE)))
                            .offset(Time.of(t -> t.time(ACTIVITY_OFFSET))).decay(0.5)))))
                    .boostMode(FunctionBoostMode.Replace).boost((float) w.activity())));
        }
        return bool.build()._toQuery();
    }

    /** The partnered people: by id or by current institution; null when there are none. */
    private static Query partnered(CandidateQuery q) {
        if (!q.hasPartnered()) {
            return null;
        }
        BoolQuery.Builder any = new BoolQuery.Builder().minimumShouldMatch("1");
        if (!q.partnered().isEmpty()) {
            any.should(x -> x.ids(i -> i.values(q.partnered().stream().map(String::valueOf).toList())));
        }
        if (!q.ownInstitutions().isEmpty()) {
            any.should(x -> x.terms(t -> t.field("institution_ids_current").terms(v -> v.value(
                    q.ownInstitutions().stream().map(FieldValue::of).toList()))));
        }
        return any.build()._toQuery();
    }

    private static void distance(BoolQuery.Builder bool, CandidateQuery q, double weight) {
        if (q.near() == null) {
            return;
        }
        Query decay = Query.of(x -> x.functionScore(fs -> fs.query(e -> e.exists(ex -> ex.field("location")))
                .functions(fn -> fn.gauss(g -> g.geo(d -> d.field("location").placement(p -> p
                        .origin(PeopleFinder.geo(q.near())).scale(DISTANCE_SCALE).offset(DISTANCE_OFFSET).decay(0.5)))))
                .boostMode(FunctionBoostMode.Replace)));
        if (!q.onlineOk()) {
            bool.should(x -> x.bool(b -> b.must(decay).boost((float) weight)));
            return;
        }
        // online is fine: people who work online (or both ways) lose nothing by being far away
        Query online = Query.of(x -> x.terms(t -> t.field("mode").terms(v -> v.value(List.of(FieldValue.of("online"),
                FieldValue.of("both"))))));
        bool.should(x -> x.constantScore(c -> c.filter(online).boost((float) weight)));
        bool.should(x -> x.bool(b -> b.must(decay).mustNot(online).boost((float) weight)));
    }

    private static boolean facet(BoolQuery.Builder bool, String field, Set<String> codes, double weight) {
        for (String code : codes) {
            bool.should(x -> x.constantScore(c -> c.filter(f -> f.term(t -> t.field(field).value(code)))
                    .boost((float) weight)));
        }
        return !codes.isEmpty();
    }

    private static void addTerms(List<Query> into, String field, Set<String> codes) {
        if (!codes.isEmpty()) {
            into.add(Query.of(x -> x.terms(t -> t.field(field).terms(v -> v.value(PeopleFinder.values(codes))))));
        }
    }

    /**
     * The distinct words of the text (lower case, without markup), leaving out very common English
     * words and words under three characters - they match nearly every profile, cost the most and
     * explain nothing - at most {@value #MAX_WORDS}.
     */
    static String words(String text) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !COMMON.contains(w) && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "our", "are", "but", "not", "you",
            "all", "any", "can", "her", "his", "its", "was", "one", "has", "had", "who", "how", "why", "what", "when",
            "where", "which", "this", "that", "these", "those", "them", "they", "their", "there", "then", "than",
            "from", "into", "onto", "over", "about", "also", "been", "being", "both", "each", "some", "such", "very",
            "would", "could", "should", "will", "want", "like", "more", "most", "other", "your", "yours", "ours",
            "have", "were", "while", "just", "only", "own", "same", "too", "out", "off", "per", "via");

    private static CandidateHit hit(Hit<Map> hit, CandidateQuery query) {
        Map<?, ?> s = hit.source() == null ? Map.of() : hit.source();
        var location = PeopleFinder.location(s);
        Double distance = query.near() == null ? null
                : location.map(l -> Math.round(query.near().distanceKm(l) * 10) / 10.0).orElse(null);
        Object last = s.get("last_active_at");
        Object mode = s.get("mode");
        List<Long> institutionIds = new ArrayList<>();
        if (s.get("institution_ids_current") instanceof List<?> ids) {
            ids.forEach(i -> institutionIds.add(((Number) i).longValue()));
        }
        return new CandidateHit(((Number) s.get("id")).longValue(), (String) s.get("display_name"),
                (String) s.get("headline"), (String) s.get("institution"), hit.score() == null ? 0 : hit.score(),
                distance, PeopleFinder.strings(s.get("activities")), PeopleFinder.strings(s.get("subjects")),
                PeopleFinder.strings(s.get("phases")), PeopleFinder.strings(s.get("roles")),
                PeopleFinder.strings(s.get("topics")), (String) s.get("bio"), Boolean.TRUE.equals(s.get("available")),
                s.get("capacity") instanceof Number n ? n.intValue() : null,
                mode == null ? null : mode.toString().toUpperCase(Locale.ROOT),
                last == null ? null : Instant.parse(last.toString()), location.orElse(null), institutionIds);
    }
}
