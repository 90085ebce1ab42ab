package org.thirdspace.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.thirdspace.groups.internal.GroupAccess;
import org.thirdspace.groups.internal.GroupsIndex;
import org.thirdspace.groups.internal.SearchHighlights;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.shared.Sector;

/**
 * Searches the {@code groups} index as the current user: visitors see PUBLIC groups, logged-in
 * members also MEMBERS_ONLY ones, and PRIVATE groups only show up for their current members
 * (in hits and in every facet count).
 * <ul>
 * <li>Text: every word must match the name, the owning institutions' names, the purpose or the
 * norms ({@code fuzziness AUTO}, name boosted); the whole text as a phrase in the name ranks
 * first. Without text, groups come by name.</li>
 * <li>Facets: filters go to {@code post_filter}; each facet is counted over the visible matches
 * with all <em>other</em> facet filters applied, so a count is what selecting that value adds.</li>
 * <li>Privacy is part of the main query, so no hit, total or count ever includes a group the
 * viewer may not see.</li>
 * </ul>
 * A search throws {@link SearchIndexException} when the index cannot be searched.
 */
@Service
public class GroupSearch {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default {@code index.max_result_window}. */
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_WORDS = 12;
    private static final int FACET_SIZE = 100;
    private static final int MAX_HIGHLIGHTS = 3;

    private static final List<String> TEXT_FIELDS = List.of("name^4", "institution_names^2", "purpose", "norms");
    private static final List<String> HIGHLIGHT_FIELDS = List.of("purpose", "norms", "institution_names");
    private static final List<String> RESULT_FIELDS = List.of("id", "kind", "name", "purpose_excerpt", "visibility",
            "stage", "model", "parent_id", "owners", "activities", "regions", "member_count");

    /** Facet name in results and the field it counts. */
    enum Facet {
        KIND("kind", "kind"),
        ACTIVITY("activity", "activities"),
        PHASE("phase", "phases"),
        REGION("region", "regions"),
        STAGE("stage", "stage"),
        MODEL("model", "model");

        final String param;
        final String field;

        Facet(String param, String field) {
            this.param = param;
            this.field = field;
        }

        Set<String> selected(GroupSearchQuery query) {
            return switch (this) {
                case KIND -> names(query.kinds());
                case ACTIVITY -> query.activities();
                case PHASE -> query.phases();
                case REGION -> query.regions();
                case STAGE -> names(query.stages());
                case MODEL -> names(query.modelLevels());
            };
        }

        private static Set<String> names(Collection<? extends Enum<?>> values) {
            Set<String> names = new LinkedHashSet<>();
            values.forEach(v -> names.add(v.name()));
            return names;
        }
    }

    /** Who searches: logged in or not, and their person id when known. */
    record Viewer(boolean loggedIn, Long personId) {
    }

    private final GroupsIndex index;
    private final GroupAccess access;

    GroupSearch(GroupsIndex index, GroupAccess access) {
        this.index = index;
        this.access = access;
    }

    /** @throws GroupException INVALID for a page or size out of range or a text over 200 characters */
    public GroupSearchResult search(GroupSearchQuery query) {
        validate(query);
        Viewer viewer = viewer();
        SearchResponse<Map> response = execute(request(query, viewer));
        List<GroupSearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(hit(hit));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new GroupSearchResult(total, hits, facets(response, query));
    }

    private static void validate(GroupSearchQuery query) {
        if (query.text() != null && query.text().length() > MAX_TEXT) {
            throw GroupException.invalid("q", "groups.search.error.text", MAX_TEXT);
        }
        if (query.size() < 1 || query.size() > MAX_SIZE) {
            throw GroupException.invalid("size", "groups.search.error.size", MAX_SIZE);
        }
        if (query.page() < 0 || (long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw GroupException.invalid("page", "groups.search.error.page", MAX_WINDOW);
        }
    }

    private Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return loggedIn ? new Viewer(true, access.myPersonId().orElse(null)) : new Viewer(false, null);
    }

    // --- the request ---------------------------------------------------------------------------

    SearchRequest request(GroupSearchQuery query, Viewer viewer) {
        String text = query.text() == null ? "" : query.text().strip();
        return SearchRequest.of(s -> {
            s.index(index.alias())
                    .query(mainQuery(text, viewer))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(RESULT_FIELDS)))
                    .sort(sort(!text.isEmpty()))
                    .aggregations(facetAggregations(query));
            if (!text.isEmpty()) {
                s.highlight(h -> {
                    h.preTags(SearchHighlights.PRE).postTags(SearchHighlights.POST).requireFieldMatch(true)
                            .numberOfFragments(1).fragmentSize(160);
                    HIGHLIGHT_FIELDS.forEach(field -> h.fields(field, f -> f));
                    return h;
                });
            }
            Query post = facetFilter(query, null);
            if (post != null) {
                s.postFilter(post);
            }
            return s;
        });
    }

    private static Query mainQuery(String text, Viewer viewer) {
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(privacy(viewer));
        List<String> words = words(text);
        if (!words.isEmpty()) {
            for (String word : words) {
                bool.must(m -> m.multiMatch(mm -> mm.query(word).fields(TEXT_FIELDS)
                        .type(TextQueryType.BestFields).fuzziness("AUTO").prefixLength(1)));
            }
            bool.should(sh -> sh.matchPhrase(p -> p.field("name").query(text).boost(6f)));
            bool.should(sh -> sh.multiMatch(mm -> mm.query(text).fields("purpose", "norms", "institution_names")
                    .type(TextQueryType.Phrase).boost(2f)));
        }
        return bool.build()._toQuery();
    }

    /** PUBLIC for everyone, MEMBERS_ONLY for anyone logged in, any group the viewer currently belongs to. */
    static Query privacy(Viewer viewer) {
        List<FieldValue> visible = viewer.loggedIn()
                ? List.of(FieldValue.of(GroupVisibility.PUBLIC.name()), FieldValue.of(GroupVisibility.MEMBERS_ONLY.name()))
                : List.of(FieldValue.of(GroupVisibility.PUBLIC.name()));
        BoolQuery.Builder privacy = new BoolQuery.Builder().minimumShouldMatch("1")
                .should(q -> q.terms(t -> t.field("visibility").terms(v -> v.value(visible))));
        if (viewer.loggedIn() && viewer.personId() != null) {
            privacy.should(q -> q.term(t -> t.field("member_ids").value(viewer.personId())));
        }
        return privacy.build()._toQuery();
    }

    /** The active facet filters, leaving out one facet (null: none left out); null when there are none. */
    static Query facetFilter(GroupSearchQuery query, Facet except) {
        List<Query> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> values = facet.selected(query);
            if (facet != except && !values.isEmpty()) {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                filters.add(Query.of(q -> q.terms(t -> t.field(facet.field).terms(v -> v.value(terms)))));
            }
        }
        return filters.isEmpty() ? null : Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Map<String, Aggregation> facetAggregations(GroupSearchQuery query) {
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
        sort.add(SortOptions.of(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
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

    // --- the response --------------------------------------------------------------------------

    private static GroupSearchResult.Hit hit(Hit<Map> hit) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        List<OwnerInstitution> owners = new ArrayList<>();
        if (source.get("owners") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> owner && owner.get("id") instanceof Number id) {
                    owners.add(new OwnerInstitution(id.longValue(), (String) owner.get("name"),
                            enumOrNull(owner.get("sector"), Sector::valueOf)));
                }
            }
        }
        Object model = source.get("model");
        GroupSummary summary = new GroupSummary(
                ((Number) source.get("id")).longValue(),
                GroupKind.valueOf((String) source.get("kind")),
                (String) source.get("name"),
                (String) source.get("purpose_excerpt"),
                GroupVisibility.valueOf((String) source.get("visibility")),
                Stage.valueOf((String) source.get("stage")),
                model == null ? null : ModelLevel.valueOf((String) model),
                source.get("parent_id") instanceof Number p ? p.longValue() : null,
                List.copyOf(owners),
                strings(source.get("activities")),
                strings(source.get("regions")),
                source.get("member_count") instanceof Number n ? n.intValue() : 0);
        List<String> highlights = new ArrayList<>();
        for (String field : HIGHLIGHT_FIELDS) {
            List<String> fragments = hit.highlight().get(field);
            if (fragments != null) {
                fragments.forEach(f -> highlights.add(SearchHighlights.toSafeHtml(f)));
            }
        }
        return new GroupSearchResult.Hit(summary, highlights.stream().limit(MAX_HIGHLIGHTS).toList());
    }

    private static Map<String, List<GroupSearchResult.FacetCount>> facets(SearchResponse<Map> response,
            GroupSearchQuery query) {
        Map<String, List<GroupSearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<GroupSearchResult.FacetCount> counts = new ArrayList<>();
            Aggregate aggregate = response.aggregations().get(facet.param);
            if (aggregate != null && aggregate.isFilter()) {
                Aggregate values = aggregate.filter().aggregations().get("values");
                if (values != null && values.isSterms()) {
                    values.sterms().buckets().array().forEach(b ->
                            counts.add(new GroupSearchResult.FacetCount(b.key().stringValue(), b.docCount())));
                }
            }
            // selected values stay listed even when no visible group has them
            Set<String> present = new LinkedHashSet<>();
            counts.forEach(c -> present.add(c.code()));
            for (String selected : facet.selected(query)) {
                if (!present.contains(selected)) {
                    counts.add(new GroupSearchResult.FacetCount(selected, 0));
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

    private static <E extends Enum<E>> E enumOrNull(Object value, Function<String, E> parse) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private SearchResponse<Map> execute(SearchRequest request) {
        return index.search(request);
    }
}
