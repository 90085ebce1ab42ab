package org.thirdspace.search;

/**
 * A feature that owns a search index (people, institutions, later groups and case studies)
 * implements this, so a full reindex ({@code POST /api/v1/admin/search/reindex}, the admin
 * view) can rebuild every index behind its alias while searches keep working.
 */
public interface IndexedFeature {

    /** The index: logical name and mapping. */
    IndexDefinition definition();

    /** About how many documents {@link #writeAll} will write, for progress reporting. */
    long documentCount();

    /** Writes every document of the index. Called with a writer for the new, hidden index. */
    void writeAll(BulkWriter writer);
}
