package org.thirdspace.forum.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.MultiBucketBase;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.ForumSearchResult;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.search.MarkedHighlights;

/**
 * The Elasticsearch request behind a forum search and the reading of its response. The index has
 * one document per post; a search returns topics:
 * <ul>
 * <li>Audience: every request filters to what the viewer may see: posts in the categories they
 * may read ({@link Viewer#categoryIds()}, read from the database per search, so a category's
 * visibility applies at once), in PUBLIC groups' forums for everyone, MEMBERS_ONLY groups' for
 * logged-in users, and in the groups they currently belong to. The filter is part of the main
 * query, so no hit, total, highlight or facet count includes anything else.</li>
 * <li>One hit per topic: the results are collapsed on {@code topic_id}; the topic's best post
 * comes first by the sort (with text: relevance, the opening post slightly preferred; without
 * text: its latest post, so topics come latest activity first). Totals and facet counts count
 * distinct topics (a {@code cardinality} aggregation of {@code topic_id}, which counts exactly up
 * to {@value #PRECISION} topics per value: below that threshold it keeps every topic id's hash).</li>
 * <li>Text: every word must occur in the post, its topic's title or tags (one combined field,
 * {@code all_text}, as a filter); a post scores by the words and the whole phrase in its text and
 * the words in its title, the opening post first among equals. Author: posts written by that
 * person.</li>
 * <li>Facets (category, group, tag, solved): their filters go to {@code post_filter}; each facet
 * counts the visible matching topics with all <em>other</em> facet filters applied.</li>
 * <li>Highlights: the words of the text in the title and in the best post, marked with
 * private-use characters and turned into escaped HTML by {@link MarkedHighlights}.</li>
 * </ul>
 */
public final class ForumQueries {

    /** Highlight fragments per hit: the title and up to two of the post. */
    public static final int MAX_HIGHLIGHTS = 3;
    /** Distinct topics counted exactly per bucket (the largest threshold Elasticsearch accepts). */
    static final int PRECISION = 40_000;
    static final int FRAGMENT_SIZE = 180;
    static final int POST_FRAGMENTS = 2;

    private static final String TOTAL = "total";
    private static final String TOPICS = "topics";
    private static final String VALUES = "values";
    private static final String ALL_TEXT = "all_text";
    private static final List<String> RESULT_FIELDS = List.of("topic_id", "post_number", "title", "tags", "kind",
            "solved", "category_id", "group_id", "topic_author_id");

    /**
     * Who searches: logged in or not, the groups they currently belong to, and the categories they
     * may read ({@code null}: all of them).
     */
    public record Viewer(boolean loggedIn, Set<Long> groupIds, Set<Long> categoryIds) {

        public Viewer {
            groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
            categoryIds = categoryIds == null ? null : Set.copyOf(categoryIds);
        }

        /** Whether a group of this (current) visibility is visible to the viewer. */
        public boolean maySee(long groupId, GroupVisibility visibility) {
            return switch (visibility) {
                case PUBLIC -> true;
                case MEMBERS_ONLY -> loggedIn;
                case PRIVATE -> groupIds.contains(groupId);
            };
        }

        public boolean maySeeCategory(long categoryId) {
            return categoryIds == null || categoryIds.contains(categoryId);
        }
    }

    /** Facet name in results and the document field it counts. */
    public enum Facet {
        CATEGORY("category", "category_id", 100),
        GROUP("group", "group_id", 100),
        TAG("tag", "tags", 50),
        SOLVED("solved", "solved", 2);

        public final String param;
        final String field;
        final int size;

        Facet(String param, String field, int size) {
            this.param = param;
            this.field = field;
            this.size = size;
        }

        /** The selected value as the index holds it, or null. */
        public String selected(ForumSearchQuery query) {
            return switch (this) {
                case CATEGORY -> query.categoryId() == null ? null : query.categoryId().toString();
                case GROUP -> query.groupId() == null ? null : query.groupId().toString();
                case TAG -> query.tag();
                case SOLVED -> query.solved() == null ? null : query.solved().toString();
            };
        }
    }

    /** A hit before names are looked up. */
    public record RawHit(long topicId, String title, Long categoryId, Long groupId, TopicKind kind, boolean solved,
            List<String> tags, long authorPersonId, Integer postNumber, List<ForumSearchResult.Highlight> highlights) {
    }

    /** A facet value and how many topics have it. */
    public record Bucket(String code, long count) {
    }

    /** The response before names are looked up. */
    public record RawResult(long total, List<RawHit> hits, Map<Facet, List<Bucket>> facets) {
    }

    private ForumQueries() {
    }

    // --- the request ---------------------------------------------------------------------------

    /** The search request for a (validated, normalised) query as {@code viewer}, against {@code index}. */
    public static SearchRequest request(ForumSearchQuery query, Viewer viewer, String index) {
        String text = query.text() == null ? "" : query.text();
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(mainQuery(text, query.authorPersonId(), viewer))
                    .collapse(c -> c.field("topic_id"))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes(RESULT_FIELDS)))
                    .sort(sort(!text.isEmpty()))
                    .aggregations(aggregations(query));
            if (!text.isEmpty()) {
                s.highlight(h -> h.preTags(MarkedHighlights.PRE).postTags(MarkedHighlights.POST)
                        .highlightQuery(Query.of(q -> q.multiMatch(mm -> mm.query(text).fields("title", "body")
                                .type(TextQueryType.BestFields))))
                        .requireFieldMatch(true)
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("body", f -> f.numberOfFragments(POST_FRAGMENTS).fragmentSize(FRAGMENT_SIZE)));
            }
            Query post = facetFilter(query, null);
            if (post != null) {
                s.postFilter(post);
            }
            return s;
        });
    }

    private static Query mainQuery(String text, Long authorPersonId, Viewer viewer) {
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(audience(viewer));
        if (authorPersonId != null) {
            bool.filter(f -> f.term(t -> t.field("post_author_id").value(authorPersonId)));
        }
        if (!text.isEmpty()) {
            // which posts match: every word in the post, its title or its tags (unscored) ...
            bool.filter(f -> f.match(mt -> mt.field(ALL_TEXT).query(text).operator(Operator.And)));
            // ... and how well: the words and the phrase in the post, the words in the title (the same
            // for every post of a topic), and the opening post first among equals, so a topic found by
            // its title alone is represented by its opening post, not by its shortest reply
            bool.should(sh -> sh.match(mt -> mt.field("body").query(text)));
            if (text.split("\\s+").length > 1) {
                bool.should(sh -> sh.matchPhrase(p -> p.field("body").query(text).boost(2f)));
            }
            bool.should(sh -> sh.match(mt -> mt.field("title").query(text).boost(3f)));
            bool.should(sh -> sh.term(t -> t.field("post_number").value(1).boost(0.5f)));
        }
        return bool.build()._toQuery();
    }

    /** What the viewer may see: readable categories, PUBLIC (and for logged-in users MEMBERS_ONLY) groups, their groups. */
    public static Query audience(Viewer viewer) {
        BoolQuery.Builder audience = new BoolQuery.Builder().minimumShouldMatch("1");
        if (viewer.categoryIds() == null) {
            audience.should(q -> q.exists(e -> e.field("category_id")));
        } else if (!viewer.categoryIds().isEmpty()) {
            List<FieldValue> categories = viewer.categoryIds().stream().sorted().map(FieldValue::of).toList();
            audience.should(q -> q.terms(t -> t.field("category_id").terms(v -> v.value(categories))));
        }
        List<FieldValue> visibilities = viewer.loggedIn()
                ? List.of(FieldValue.of(GroupVisibility.PUBLIC.name()), FieldValue.of(GroupVisibility.MEMBERS_ONLY.name()))
                : List.of(FieldValue.of(GroupVisibility.PUBLIC.name()));
        audience.should(q -> q.terms(t -> t.field("group_visibility").terms(v -> v.value(visibilities))));
        if (viewer.loggedIn() && !viewer.groupIds().isEmpty()) {
            List<FieldValue> groups = viewer.groupIds().stream().sorted().map(FieldValue::of).toList();
            audience.should(q -> q.terms(t -> t.field("group_id").terms(v -> v.value(groups))));
        }
        return audience.build()._toQuery();
    }

    /** The active facet filters, leaving out one facet (null: none left out); null when there are none. */
    static Query facetFilter(ForumSearchQuery query, Facet except) {
        List<Query> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            String value = facet.selected(query);
            if (facet != except && value != null) {
                filters.add(Query.of(q -> q.term(t -> t.field(facet.field).value(value))));
            }
        }
        return filters.isEmpty() ? null : Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Map<String, Aggregation> aggregations(ForumSearchQuery query) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        aggregations.put(TOTAL, Aggregation.of(a -> a.filter(orAll(facetFilter(query, null)))
                .aggregations(TOPICS, topics())));
        for (Facet facet : Facet.values()) {
            aggregations.put(facet.param, Aggregation.of(a -> a.filter(orAll(facetFilter(query, facet)))
                    .aggregations(VALUES, v -> v.terms(t -> t.field(facet.field).size(facet.size)
                                    .order(List.of(NamedValue.of(TOPICS, SortOrder.Desc),
                                            NamedValue.of("_key", SortOrder.Asc))))
                            .aggregations(TOPICS, topics()))));
        }
        return aggregations;
    }

    private static Aggregation topics() {
        return Aggregation.of(a -> a.cardinality(c -> c.field("topic_id").precisionThreshold(PRECISION)));
    }

    private static Query orAll(Query filter) {
        return filter == null ? Query.of(q -> q.matchAll(m -> m)) : filter;
    }

    private static List<SortOptions> sort(boolean byRelevance) {
        List<SortOptions> sort = new ArrayList<>();
        if (byRelevance) {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("posted_at").order(SortOrder.Desc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("topic_id").order(SortOrder.Desc))));
        // within a topic: the opening post first among equals (text), else the latest post
        SortOrder numbers = byRelevance ? SortOrder.Asc : SortOrder.Desc;
        sort.add(SortOptions.of(o -> o.field(f -> f.field("post_number").order(numbers))));
        return sort;
    }

    // --- the response --------------------------------------------------------------------------

    /**
     * The hits and counts of a response. {@code withPostNumber}: whether hits name their post
     * (a text or author search); otherwise they stand for the topic as a whole.
     */
    @SuppressWarnings("rawtypes")
    public static RawResult result(SearchResponse<Map> response, boolean withPostNumber) {
        List<RawHit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(hit(hit, withPostNumber));
        }
        Map<Facet, List<Bucket>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet, buckets(response.aggregations().get(facet.param)));
        }
        long total = 0;
        Aggregate all = response.aggregations().get(TOTAL);
        if (all != null && all.isFilter()) {
            total = topicCount(all.filter().aggregations());
        }
        return new RawResult(total, List.copyOf(hits), facets);
    }

    @SuppressWarnings("rawtypes")
    private static RawHit hit(Hit<Map> hit, boolean withPostNumber) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        Integer postNumber = source.get("post_number") instanceof Number n ? n.intValue() : null;
        List<ForumSearchResult.Highlight> highlights = new ArrayList<>();
        Map<String, List<String>> byField = hit.highlight() == null ? Map.of() : hit.highlight();
        for (String fragment : byField.getOrDefault("title", List.of())) {
            highlights.add(new ForumSearchResult.Highlight("title", null, MarkedHighlights.toSafeHtml(fragment)));
        }
        for (String fragment : byField.getOrDefault("body", List.of())) {
            if (highlights.size() < MAX_HIGHLIGHTS) {
                highlights.add(new ForumSearchResult.Highlight("post", postNumber, MarkedHighlights.toSafeHtml(fragment)));
            }
        }
        List<String> tags = new ArrayList<>();
        if (source.get("tags") instanceof List<?> list) {
            list.forEach(t -> tags.add(String.valueOf(t)));
        }
        TopicKind kind;
        try {
            kind = TopicKind.valueOf(String.valueOf(source.get("kind")));
        } catch (IllegalArgumentException e) {
            kind = TopicKind.DISCUSSION;
        }
        return new RawHit(
                ((Number) source.get("topic_id")).longValue(),
                source.get("title") instanceof String t ? t : "",
                source.get("category_id") instanceof Number c ? c.longValue() : null,
                source.get("group_id") instanceof Number g ? g.longValue() : null,
                kind,
                "true".equals(source.get("solved")),
                List.copyOf(tags),
                source.get("topic_author_id") instanceof Number a ? a.longValue() : 0L,
                withPostNumber ? postNumber : null,
                List.copyOf(highlights));
    }

    private static List<Bucket> buckets(Aggregate aggregate) {
        List<Bucket> out = new ArrayList<>();
        if (aggregate == null || !aggregate.isFilter()) {
            return out;
        }
        Aggregate values = aggregate.filter().aggregations().get(VALUES);
        if (values == null) {
            return out;
        }
        if (values.isLterms()) {
            values.lterms().buckets().array().forEach(b -> add(out, Long.toString(b.key()), b));
        } else if (values.isSterms()) {
            values.sterms().buckets().array().forEach(b -> add(out, b.key().stringValue(), b));
        }
        return out;
    }

    private static void add(List<Bucket> out, String code, MultiBucketBase bucket) {
        long count = topicCount(bucket.aggregations());
        if (count > 0) {
            out.add(new Bucket(code, count));
        }
    }

    private static long topicCount(Map<String, Aggregate> aggregations) {
        Aggregate topics = aggregations.get(TOPICS);
        return topics != null && topics.isCardinality() ? topics.cardinality().value() : 0;
    }
}
