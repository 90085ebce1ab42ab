package org.thirdspace.groups.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.search.BulkWriter;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.IndexedFeature;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.search.SearchIndexes;

/**
 * The {@code groups} search index: one document per group, private ones included, with the
 * group's visibility and the person ids of its current members so that every search can filter
 * what the viewer may see (hits and facet counts alike). Documents come from
 * {@link GroupDocuments}; {@link GroupsIndexer} keeps them in step, the admin reindex rebuilds
 * the whole index through {@link IndexedFeature}.
 */
@Component
public class GroupsIndex implements IndexedFeature {

    public static final String NAME = "groups";
    /** Standard analyzer and a lowercase normalizer only: works on the minimal node and on a full cluster. */
    public static final IndexDefinition DEFINITION = IndexDefinition.fromClasspath(NAME, "search/groups.json");

    private static final Logger log = LoggerFactory.getLogger(GroupsIndex.class);
    private static final int PAGE = 200;

    private final SearchIndexes indexes;
    private final GroupDocuments documents;

    GroupsIndex(SearchIndexes indexes, GroupDocuments documents) {
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

    /** Writes the current documents of the groups (deleting those of groups that do not exist). */
    public void reindex(Collection<Long> groupIds) {
        Set<Long> ids = new LinkedHashSet<>(groupIds);
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Object>> docs = documents.load(ids, documents.cachingInstitutionLookup());
        try (BulkWriter writer = indexes.writer(DEFINITION)) {
            for (Long id : ids) {
                Map<String, Object> doc = docs.get(id);
                if (doc == null) {
                    writer.delete(Long.toString(id));
                } else {
                    writer.index(Long.toString(id), doc);
                }
            }
        }
    }

    public void reindex(long groupId) {
        reindex(List.of(groupId));
    }

    /** Re-indexes the groups the institutions own (after a rename or a merge). */
    public void reindexOwnedBy(Collection<Long> institutionIds) {
        Set<Long> groups = new LinkedHashSet<>();
        institutionIds.forEach(i -> groups.addAll(documents.ownedBy(i)));
        for (List<Long> slice : slices(List.copyOf(groups))) {
            reindex(slice);
        }
    }

    /** Makes recent writes visible to searches (tests, admin actions). */
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
        Function<Long, Optional<InstitutionSummary>> institutions = documents.cachingInstitutionLookup();
        long after = 0;
        while (true) {
            List<Long> ids = documents.idsAfter(after, PAGE);
            if (ids.isEmpty()) {
                return;
            }
            documents.load(ids, institutions).forEach((id, doc) -> writer.index(Long.toString(id), doc));
            after = ids.getLast();
        }
    }

    /**
     * Fills an empty index at start-up (groups created before the index existed, or a new
     * cluster). Failures are logged; the resubmitted events and the admin reindex catch up later.
     */
    @EventListener(ApplicationReadyEvent.class)
    void fillEmptyIndex() {
        try {
            long indexed = indexes.client().count(c -> c.index(alias())).count();
            if (indexed == 0 && documentCount() > 0) {
                indexes.rebuild(DEFINITION, this::writeAll);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check or fill the groups index: {}", e.getMessage());
        }
    }

    private static List<List<Long>> slices(List<Long> ids) {
        List<List<Long>> slices = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            slices.add(ids.subList(from, Math.min(ids.size(), from + PAGE)));
        }
        return slices;
    }
}
