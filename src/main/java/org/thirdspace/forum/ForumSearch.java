package org.thirdspace.forum;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.springframework.stereotype.Service;
import org.thirdspace.forum.internal.search.ForumPostsIndex;
import org.thirdspace.forum.internal.search.ForumQueries;
import org.thirdspace.forum.internal.search.ForumSearchResults;
import org.thirdspace.forum.internal.search.ForumViewers;
import org.thirdspace.search.SearchIndexException;

/**
 * Search over forum topics and posts in Elasticsearch (index {@code forum-posts}), as the
 * current user may see them: group forums only where they may see the group (private: members),
 * members-only categories only when logged in. Hits and facet counts never include anything
 * else.
 * <p>
 * One hit per topic, with its best-matching post's number; every word of the text must occur in
 * that post, its topic's title or tags; the whole text as a phrase and words in the title rank
 * higher. Without text, latest activity first (and hits name no post unless an author is
 * given: then that person's latest post in the topic). Totals and facet counts count topics.
 * Highlights are escaped HTML with {@code <mark>} around the matching words. A search throws
 * {@link SearchIndexException} when the index cannot be searched, and {@link ForumException}
 * INVALID for a text over {@value #MAX_TEXT} characters ({@code q}), a malformed tag
 * ({@code tag}), a size outside 1 to {@value #MAX_SIZE} ({@code size}), or a negative page or
 * one beyond the first {@value #MAX_WINDOW} results ({@code page}).
 */
@Service
public class ForumSearch {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default {@code index.max_result_window}. */
    public static final int MAX_WINDOW = 10_000;

    private static final Pattern TAG = Pattern.compile("[a-z0-9-]{1,30}");

    private final ForumPostsIndex index;
    private final ForumViewers viewers;
    private final ForumSearchResults results;

    ForumSearch(ForumPostsIndex index, ForumViewers viewers, ForumSearchResults results) {
        this.index = index;
        this.viewers = viewers;
        this.results = results;
    }

    @SuppressWarnings("rawtypes")
    public ForumSearchResult search(ForumSearchQuery query) {
        ForumSearchQuery normalised = normalise(query);
        ForumQueries.Viewer viewer = viewers.current();
        SearchResponse<Map> response = index.search(ForumQueries.request(normalised, viewer, index.alias()));
        boolean namePosts = normalised.text() != null || normalised.authorPersonId() != null;
        return results.assemble(ForumQueries.result(response, namePosts), normalised, viewer);
    }

    /** The query with its text and tag trimmed (blank: none) and the tag in lower case; INVALID when out of range. */
    static ForumSearchQuery normalise(ForumSearchQuery query) {
        String text = query.text() == null ? null : query.text().strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw ForumException.invalid("q", "forum.search.error.text", MAX_TEXT);
        }
        String tag = query.tag() == null ? null : query.tag().strip().toLowerCase(Locale.ROOT);
        if (tag != null && tag.isEmpty()) {
            tag = null;
        }
        if (tag != null && !TAG.matcher(tag).matches()) {
            throw ForumException.invalid("tag", "forum.search.error.tag", query.tag());
        }
        if (query.size() < 1 || query.size() > MAX_SIZE) {
            throw ForumException.invalid("size", "forum.search.error.size", MAX_SIZE);
        }
        if (query.page() < 0 || (long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw ForumException.invalid("page", "forum.search.error.page", MAX_WINDOW);
        }
        return new ForumSearchQuery(text, query.categoryId(), query.groupId(), tag, query.solved(),
                query.authorPersonId(), query.page(), query.size());
    }
}
