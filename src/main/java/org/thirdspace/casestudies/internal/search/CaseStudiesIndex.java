package org.thirdspace.casestudies.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thirdspace.search.BulkWriter;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.IndexedFeature;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.search.SearchIndexes;

/**
 * The {@code case-studies} search index: one document per case study that has a published
 * revision, holding that revision only (drafts and revisions in review are never indexed), plus
 * the audience that may see it (its home group's visibility) so every search filters hits and
 * facet counts alike. Documents come from {@link CaseStudyDocuments}; {@link CaseStudiesIndexer}
 * keeps them in step; the admin reindex rebuilds the whole index through {@link IndexedFeature}.
 */
@Component
public class CaseStudiesIndex implements IndexedFeature {

    public static final String NAME = "case-studies";
    /** Standard analyzer and a lowercase normalizer only: works on the minimal node and on a full cluster. */
    public static final IndexDefinition DEFINITION = IndexDefinition.fromClasspath(NAME, "search/case-studies.json");

    private static final Logger log = LoggerFactory.getLogger(CaseStudiesIndex.class);
    /** Case studies per database batch (a published revision can be a few hundred KB of text). */
    private static final int PAGE = 100;

    private final SearchIndexes indexes;
    private final CaseStudyDocuments documents;

    CaseStudiesIndex(SearchIndexes indexes, CaseStudyDocuments documents) {
        this.indexes = indexes;
        this.documents = documents;
    }

    /** The alias searches read from. */
    public String alias() {
        return indexes.alias(NAME);
    }

    /** Runs a search (against {@link #alias()}); {@link SearchIndexException} when the cluster cannot answer. */
    @SuppressWarnings("rawtypes")
    public SearchResponse<Map> search(SearchRequest request) {
        try {
            return indexes.client().search(request, Map.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Searching " + alias() + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes the current documents of the case studies; deletes those without a published revision. */
    public void reindex(Collection<Long> caseStudyIds) {
        Set<Long> ids = new LinkedHashSet<>(caseStudyIds);
        for (List<Long> slice : slices(List.copyOf(ids))) {
            Map<Long, IndexedCaseStudy> published = documents.load(slice);
            try (BulkWriter writer = indexes.writer(DEFINITION)) {
                for (Long id : slice) {
                    IndexedCaseStudy cs = published.get(id);
                    if (cs == null) {
                        writer.delete(Long.toString(id));
                    } else {
                        writer.index(Long.toString(id), CaseStudyDocuments.document(cs));
                    }
                }
            }
        }
    }

    public void reindex(long caseStudyId) {
        reindex(List.of(caseStudyId));
    }

    /** Re-indexes the case studies whose home group this is (its name or visibility changed). */
    public void reindexGroup(long groupId) {
        reindex(documents.ofGroup(groupId));
    }

    /** Makes recent writes visible to searches (tests, admin actions, benchmarks). */
    public void refresh() {
        indexes.refresh(NAME);
    }

    // --- full rebuild ------------------------------------------------------------------------

    @Override
    public IndexDefinition definition() {
        return DEFINITION;
    }

    @Override
    public long documentCount() {
        return documents.count();
    }

    @Override
    public void writeAll(BulkWriter writer) {
        long after = 0;
        while (true) {
            List<Long> ids = documents.idsAfter(after, PAGE);
            if (ids.isEmpty()) {
                return;
            }
            documents.load(ids).forEach((id, cs) -> writer.index(Long.toString(id), CaseStudyDocuments.document(cs)));
            after = ids.getLast();
        }
    }

    /**
     * Fills an empty index at start-up (case studies published before the index existed, or a new
     * cluster). Failures are logged; the resubmitted events and the admin reindex catch up later.
     */
    @EventListener(ApplicationReadyEvent.class)
    void fillEmptyIndex() {
        try {
            // an index made before the curation badge existed: add its field (adding a field is allowed in place)
            indexes.client().indices().putMapping(m -> m.index(alias())
                    .properties("good_practice", p -> p.keyword(k -> k)));
            long indexed = indexes.client().count(c -> c.index(alias())).count();
            if (indexed == 0 && documentCount() > 0) {
                indexes.rebuild(DEFINITION, this::writeAll);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check or fill the case-studies index: {}", e.getMessage());
        }
    }

    private static List<List<Long>> slices(List<Long> ids) {
        List<List<Long>> slices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            slices.add(ids.subList(from, Math.min(ids.size(), from + PAGE)));
        }
        return slices;
    }
}
