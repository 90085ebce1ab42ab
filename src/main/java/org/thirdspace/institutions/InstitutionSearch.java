package org.thirdspace.institutions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.institutions.internal.Institution;
import org.thirdspace.institutions.internal.InstitutionRepository;
import org.thirdspace.search.BulkWriter;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.IndexedFeature;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.search.SearchIndexes;

/**
 * The {@code institutions} search index: one document per institution that is not a merged
 * duplicate. Kept up to date from {@link InstitutionChanged} and {@link InstitutionsMerged}
 * (asynchronously after commit, recorded in the event publication registry so a failed update is
 * retried); rebuilt in full through {@link IndexedFeature}.
 */
@Component
class InstitutionSearch implements IndexedFeature {

    static final String INDEX = "institutions";
    private static final Logger log = LoggerFactory.getLogger(InstitutionSearch.class);

    /** Search hits: ids best first, and how many there are in all. */
    record Hits(List<Long> ids, long total) {
    }

    private final SearchIndexes indexes;
    private final IndexDefinition definition;
    private final InstitutionRepository institutions;
    private final TransactionTemplate readOnly;

    InstitutionSearch(SearchIndexes indexes, @Qualifier("institutionsIndex") IndexDefinition institutionsIndex, InstitutionRepository institutions,
            PlatformTransactionManager transactions) {
        this.indexes = indexes;
        this.definition = institutionsIndex;
        this.institutions = institutions;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @ApplicationModuleListener
    void on(InstitutionChanged event) {
        reindex(List.of(event.institutionId()));
    }

    @ApplicationModuleListener
    void on(InstitutionsMerged event) {
        reindex(List.of(event.survivorId(), event.mergedId()));
    }

    /** Writes (or, for merged duplicates and missing rows, deletes) the documents of the ids. */
    void reindex(List<Long> ids) {
        Map<Long, Map<String, Object>> documents = new LinkedHashMap<>();
        for (Long id : ids) {
            documents.put(id, institutions.findById(id).filter(i -> i.getMergedInto() == null)
                    .map(InstitutionSearch::document).orElse(null));
        }
        try (BulkWriter writer = indexes.writer(definition)) {
            documents.forEach((id, doc) -> {
                if (doc == null) {
                    writer.delete(Long.toString(id));
                } else {
                    writer.index(Long.toString(id), doc);
                }
            });
        }
    }

    static Map<String, Object> document(Institution i) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("id", i.getId());
        doc.put("name", i.getName());
        List<String> aliases = i.getAliases().stream().sorted().toList();
        doc.put("aliases", aliases);
        doc.put("town", i.getTown());
        doc.put("postcode", i.getPostcode());
        doc.put("sector", i.sector().code());
        doc.put("region", i.region().code());
        doc.put("phases", i.getPhases().stream().sorted().toList());
        if (i.location() != null) {
            doc.put("location", Map.of("lat", i.location().latitude(), "lon", i.location().longitude()));
        }
        List<String> inputs = new ArrayList<>();
        inputs.add(i.getName());
        inputs.addAll(aliases);
        doc.put("suggest", Map.of("input", inputs));
        return doc;
    }

    Hits search(String text, int from, int size) {
        Query query = Query.of(q -> q.bool(b -> b
                .should(s -> s.multiMatch(m -> m.query(text).fields("name^3", "aliases^2", "town", "postcode")
                        .fuzziness("AUTO").prefixLength(1)))
                .should(s -> s.matchBoolPrefix(m -> m.field("name").query(text).boost(2f)))
                .should(s -> s.matchBoolPrefix(m -> m.field("aliases").query(text)))
                .minimumShouldMatch("1")));
        try {
            SearchResponse<Map> response = indexes.client().search(s -> s.index(indexes.alias(INDEX))
                    .query(query).from(from).size(size).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(true)),
                    Map.class);
            List<Long> ids = response.hits().hits().stream().map(Hit::id).map(Long::valueOf).toList();
            long total = response.hits().total() == null ? ids.size() : response.hits().total().value();
            return new Hits(ids, total);
        } catch (IOException | ElasticsearchException | IllegalStateException e) {
            throw new SearchIndexException("Searching " + indexes.alias(INDEX) + " failed: " + e.getMessage(), e);
        }
    }

    /** Ids for a typeahead: completion on name and aliases (typos forgiven), then words inside names. */
    List<Long> suggest(String prefix, int size) {
        Set<Long> ids = new LinkedHashSet<>();
        try {
            SearchResponse<Map> response = indexes.client().search(s -> s.index(indexes.alias(INDEX))
                    .size(size)
                    .source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b
                            .should(x -> x.matchBoolPrefix(m -> m.field("name").query(prefix).boost(2f)))
                            .should(x -> x.matchBoolPrefix(m -> m.field("aliases").query(prefix)))
                            .should(x -> x.match(m -> m.field("name").query(prefix).fuzziness("AUTO").prefixLength(1)))
                            .should(x -> x.match(m -> m.field("aliases").query(prefix).fuzziness("AUTO").prefixLength(1)))
                            .minimumShouldMatch("1")))
                    .suggest(g -> g.suggesters("names", f -> f.prefix(prefix)
                            .completion(c -> c.field("suggest").size(size).skipDuplicates(true)
                                    .fuzzy(z -> z.fuzziness("AUTO").prefixLength(1))))),
                    Map.class);
            for (Suggestion<Map> suggestion : response.suggest().getOrDefault("names", List.of())) {
                for (CompletionSuggestOption<Map> option : suggestion.completion().options()) {
                    ids.add(Long.valueOf(option.id()));
                }
            }
            response.hits().hits().forEach(h -> ids.add(Long.valueOf(h.id())));
        } catch (IOException | ElasticsearchException | IllegalStateException e) {
            throw new SearchIndexException("Suggesting from " + indexes.alias(INDEX) + " failed: " + e.getMessage(), e);
        }
        return ids.stream().limit(size).toList();
    }

    /**
     * Fills an empty index from the database at start-up (institutions registered before the index
     * existed, or a new cluster). Failures are logged; searches fall back to the database meanwhile.
     */
    @EventListener(ApplicationReadyEvent.class)
    void fillEmptyIndex() {
        try {
            long indexed = indexes.client().count(c -> c.index(indexes.alias(INDEX))).count();
            if (indexed == 0 && documentCount() > 0) {
                indexes.rebuild(definition, this::writeAll);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check or fill the institutions index: {}", e.getMessage());
        }
    }

    // --- full rebuild --------------------------------------------------------------------

    @Override
    public IndexDefinition definition() {
        return definition;
    }

    @Override
    public long documentCount() {
        return readOnly.execute(s -> (long) institutions.activeIds().size());
    }

    @Override
    public void writeAll(BulkWriter writer) {
        List<Long> ids = readOnly.execute(s -> institutions.activeIds());
        int batch = 500;
        for (int from = 0; from < ids.size(); from += batch) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + batch));
            readOnly.executeWithoutResult(s -> institutions.findAllById(slice).stream()
                    .filter(i -> i.getMergedInto() == null)
                    .forEach(i -> writer.index(Long.toString(i.getId()), document(i))));
        }
    }

}
