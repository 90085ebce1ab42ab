package org.thirdspace.forum.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.search.BulkWriter;
import org.thirdspace.search.IndexDefinition;
import org.thirdspace.search.IndexedFeature;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.search.SearchIndexes;

/**
 * The {@code forum-posts} search index: one document per post that is not removed, in a topic
 * that is not merged, with its topic's fields and audience (see {@link ForumPostDocuments}).
 * Document ids are post ids, so a post that moves to another topic (split, merge) keeps its
 * document, and every change is an index or delete by id: the managed node has no
 * delete-by-query (no {@code reindex} module), and writes by id made during an admin rebuild are
 * replayed into the new index.
 * <p>
 * Keeping a topic in step ({@link #syncTopics}) compares the database with the index: the posts
 * of the topic in the database and the documents that claim the topic in the index, each with
 * its stamps. Documents that are missing or whose post or topic stamp differ are rewritten,
 * documents whose post is no longer indexable there are rewritten from their post's current
 * state or deleted. So a new reply writes one document, not the whole thread, and a repeated or
 * late delivery does no harm. Syncs run one at a time (a read of the database and the write that
 * follows never interleave with another sync's), and a sync still waiting to start makes further
 * requests for the same topic redundant.
 */
@Component
public class ForumPostsIndex implements IndexedFeature {

    public static final String NAME = "forum-posts";

    /**
     * Standard analyzer, a lowercase normalizer and built-in types only: works on the minimal
     * node and on a full cluster. Weight-matches highlighting is off (each matching word is
     * marked; cheaper).
     */
    public static final IndexDefinition DEFINITION = new IndexDefinition(NAME, """
            {
              "settings": {
                "number_of_shards": 1,
                "number_of_replicas": 0,
                "refresh_interval": "1s",
                "highlight.weight_matches_mode.enabled": false,
                "analysis": {
                  "normalizer": {
                    "folded": {"type": "custom", "filter": ["lowercase"]}
                  }
                }
              },
              "mappings": {
                "dynamic": "strict",
                "properties": {
                  "post_id": {"type": "long"},
                  "topic_id": {"type": "long"},
                  "post_number": {"type": "integer"},
                  "title": {"type": "text", "analyzer": "standard", "index_options": "offsets", "copy_to": "all_text"},
                  "tags": {"type": "keyword", "normalizer": "folded", "copy_to": "all_text"},
                  "body": {"type": "text", "analyzer": "standard", "index_options": "offsets", "copy_to": "all_text"},
                  "all_text": {"type": "text", "analyzer": "standard"},
                  "kind": {"type": "keyword"},
                  "solved": {"type": "keyword"},
                  "category_id": {"type": "long"},
                  "group_id": {"type": "long"},
                  "category_visibility": {"type": "keyword"},
                  "group_visibility": {"type": "keyword"},
                  "topic_author_id": {"type": "long"},
                  "post_author_id": {"type": "long"},
                  "posted_at": {"type": "date"},
                  "post_stamp": {"type": "keyword", "index": false, "doc_values": false},
                  "topic_stamp": {"type": "keyword", "index": false, "doc_values": false}
                }
              }
            }
            """);

    private static final Logger log = LoggerFactory.getLogger(ForumPostsIndex.class);
    /** Topics per database batch of a full rebuild. */
    private static final int TOPIC_PAGE = 100;
    /** Posts per database batch (a post can have up to 50,000 characters). */
    private static final int POST_PAGE = 200;
    /** Documents per page when reading what the index holds of a topic. */
    private static final int INDEXED_PAGE = 1000;
    private static final List<String> STAMPS = List.of("post_stamp", "topic_stamp");

    private final SearchIndexes indexes;
    private final ForumPostDocuments documents;
    private final GroupService groups;
    private final ReentrantLock syncing = new ReentrantLock(true);
    /** Topics whose sync is requested and has not started reading the database yet. */
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

    ForumPostsIndex(SearchIndexes indexes, ForumPostDocuments documents, GroupService groups) {
        this.indexes = indexes;
        this.documents = documents;
        this.groups = groups;
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

    /** Brings the documents of the topics in step with the database (see the class comment). */
    public void syncTopics(Collection<Long> topicIds) {
        for (Long topicId : new LinkedHashSet<>(topicIds)) {
            if (!waiting.add(topicId)) {
                continue; // a sync of this topic has not started yet: it will read this change too
            }
            syncing.lock();
            try {
                waiting.remove(topicId);
                sync(topicId);
            } finally {
                syncing.unlock();
            }
        }
    }

    public void syncTopic(long topicId) {
        syncTopics(List.of(topicId));
    }

    /**
     * A group changed (its visibility may have): re-syncs its topics when any of its documents
     * carries another visibility than the group has now. Group changes are frequent (membership
     * counts), visibility changes rare: one count query usually settles it.
     */
    public void syncGroup(long groupId) {
        GroupRef ref = groups.refsForIndex(List.of(groupId)).get(groupId);
        String visibility = ref == null ? GroupVisibility.PRIVATE.name() : ref.visibility().name();
        long stale;
        ensureAlias();
        try {
            refresh();
            stale = indexes.client().count(c -> c.index(alias()).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("group_id").value(groupId)))
                    .mustNot(m -> m.term(t -> t.field("group_visibility").value(visibility)))))).count();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexException("Counting " + alias() + " failed: " + e.getMessage(), e);
        }
        if (stale > 0) {
            syncTopics(documents.topicIdsOfGroup(groupId));
        }
    }

    private void sync(long topicId) {
        try (BulkWriter writer = indexes.writer(DEFINITION)) {
            Map<Long, String> posts = documents.postStamps(topicId);
            String topicStamp = posts.isEmpty() ? null : documents.topicStamp(topicId).orElse(null);
            Map<Long, List<String>> indexed = indexedStamps(topicId);
            List<Long> rewrite = new ArrayList<>();
            posts.forEach((postId, postStamp) -> {
                List<String> stamps = indexed.get(postId);
                if (stamps == null || !postStamp.equals(stamps.get(0)) || !Objects.equals(topicStamp, stamps.get(1))) {
                    rewrite.add(postId);
                }
            });
            // documents that claim the topic but whose post is not indexable in it now: it was
            // removed, or moved (written again from its current topic), or its topic was merged
            indexed.keySet().stream().filter(id -> !posts.containsKey(id)).forEach(rewrite::add);
            write(writer, rewrite);
        }
    }

    /** Writes the current documents of the posts; deletes those that are not indexable. */
    private void write(BulkWriter writer, List<Long> postIds) {
        for (List<Long> slice : ForumPostDocuments.slices(postIds, POST_PAGE)) {
            Map<Long, Map<String, Object>> current = documents.documents(slice);
            for (Long id : slice) {
                Map<String, Object> doc = current.get(id);
                if (doc == null) {
                    writer.delete(Long.toString(id));
                } else {
                    writer.index(Long.toString(id), doc);
                }
            }
        }
    }

    /** Post id to [post stamp, topic stamp] of the documents that claim the topic (as far as refreshed). */
    @SuppressWarnings("rawtypes")
    private Map<Long, List<String>> indexedStamps(long topicId) {
        Map<Long, List<String>> out = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map> response = search(SearchRequest.of(s -> {
                s.index(alias()).size(INDEXED_PAGE).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.term(t -> t.field("topic_id").value(topicId)))
                        .source(src -> src.filter(f -> f.includes(STAMPS)))
                        .sort(o -> o.field(f -> f.field("post_id").order(SortOrder.Asc)));
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }));
            List<Hit<Map>> hits = response.hits().hits();
            for (Hit<Map> hit : hits) {
                Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
                out.put(Long.valueOf(hit.id()), List.of(String.valueOf(source.get("post_stamp")),
                        String.valueOf(source.get("topic_stamp"))));
            }
            if (hits.size() < INDEXED_PAGE) {
                return out;
            }
            after = hits.getLast().sort();
        }
    }

    private void ensureAlias() {
        indexes.writer(DEFINITION).close(); // creating a writer ensures the alias; nothing to send
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
            List<Long> topicIds = documents.liveTopicIdsAfter(after, TOPIC_PAGE);
            if (topicIds.isEmpty()) {
                return;
            }
            documents.forEachDocument(topicIds, POST_PAGE, (id, doc) -> writer.index(Long.toString(id), doc));
            after = topicIds.getLast();
        }
    }

    /**
     * Fills an empty index at start-up (posts written before the index existed, or a new
     * cluster). Failures are logged; resubmitted events and the admin reindex catch up later.
     */
    @EventListener(ApplicationReadyEvent.class)
    void fillEmptyIndex() {
        try {
            long indexed = indexes.client().count(c -> c.index(alias())).count();
            if (indexed == 0 && documentCount() > 0) {
                indexes.rebuild(DEFINITION, this::writeAll);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check or fill the forum-posts index: {}", e.getMessage());
        }
    }
}
