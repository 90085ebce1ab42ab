package org.thirdspace.finder.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.finder.Viewer;
import org.thirdspace.finder.Viewers;
import org.thirdspace.people.SimilarPeople;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Similar people: {@code more_like_this} over headline, bio, topics and role/term labels of the
 * person's document, plus shared role, subject and activity codes; same privacy as the finder
 * (and never the viewer or the person themself). The reason names what they share.
 */
@Component
class FinderSimilarPeople implements SimilarPeople {

    private final SearchIndexes indexes;
    private final Viewers viewers;
    private final Vocabularies vocabularies;

    FinderSimilarPeople(SearchIndexes indexes, Viewers viewers, Vocabularies vocabularies) {
        this.indexes = indexes;
        this.viewers = viewers;
        this.vocabularies = vocabularies;
    }

    @Override
    public List<Suggestion> similarTo(long personId, int max) {
        return similarTo(personId, max, viewers.currentWithPerson());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    List<Suggestion> similarTo(long personId, int max, Viewer viewer) {
        String alias = indexes.alias(PeopleIndex.NAME);
        try {
            GetResponse<Map> own = indexes.client().get(g -> g.index(alias).id(Long.toString(personId)), Map.class);
            if (!own.found() || own.source() == null) {
                return List.of();
            }
            Map<String, Object> source = own.source();
            List<String> visibility = viewer.member() ? List.of("PUBLIC", "MEMBERS") : List.of("PUBLIC");
            List<Query> should = new ArrayList<>();
            should.add(Query.of(q -> q.moreLikeThis(m -> m
                    .fields("headline", "bio", "topics", "role_text", "terms_text")
                    .like(l -> l.document(d -> d.index(alias).id(Long.toString(personId))))
                    .minTermFreq(1).minDocFreq(1).maxQueryTerms(25).minimumShouldMatch("10%"))));
            for (String field : List.of("roles", "subjects", "activities")) {
                List<String> codes = strings(source.get(field));
                if (!codes.isEmpty()) {
                    should.add(Query.of(q -> q.terms(t -> t.field(field)
                            .terms(v -> v.value(codes.stream().map(FieldValue::of).toList())))));
                }
            }
            List<String> excluded = new ArrayList<>(List.of(Long.toString(personId)));
            if (viewer.personId() != null) {
                excluded.add(Long.toString(viewer.personId()));
            }
            SearchResponse<Map> response = indexes.client().search(s -> s.index(alias).size(Math.max(1, max))
                    .query(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")
                            .filter(f -> f.terms(t -> t.field("visibility")
                                    .terms(v -> v.value(visibility.stream().map(FieldValue::of).toList()))))
                            .mustNot(n -> n.ids(i -> i.values(excluded))))), Map.class);
            List<Suggestion> out = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<String, Object> other = hit.source();
                out.add(new Suggestion(((Number) other.get("id")).longValue(), (String) other.get("display_name"),
                        (String) other.get("headline"), reason(source, other)));
            }
            return out;
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Similar people search failed: " + e.getMessage(), e);
        }
    }

    private String reason(Map<String, Object> mine, Map<String, Object> theirs) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> shared = new ArrayList<>();
        addShared(shared, Vocabulary.ROLE, mine.get("roles"), theirs.get("roles"), locale);
        addShared(shared, Vocabulary.SUBJECT, mine.get("subjects"), theirs.get("subjects"), locale);
        addShared(shared, Vocabulary.ACTIVITY_TYPE, mine.get("activities"), theirs.get("activities"), locale);
        Set<String> topics = new LinkedHashSet<>(lower(strings(mine.get("topics"))));
        topics.retainAll(lower(strings(theirs.get("topics"))));
        shared.addAll(topics);
        if (shared.isEmpty()) {
            return "Similar interests";
        }
        return "Also " + String.join(" \u00b7 ", shared.subList(0, Math.min(3, shared.size())));
    }

    private void addShared(List<String> into, Vocabulary vocabulary, Object mine, Object theirs, Locale locale) {
        Set<String> common = new LinkedHashSet<>(strings(mine));
        common.retainAll(strings(theirs));
        common.forEach(code -> into.add(vocabularies.label(vocabulary, code, locale)));
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
