package org.thirdspace.forum;

import org.springframework.stereotype.Service;

/**
 * Search over forum topics and posts in Elasticsearch (index {@code forum-posts}), as the
 * current user may see them: group forums only where they may see the group (private: members),
 * members-only categories only when logged in. Hits and facet counts never include anything
 * else.
 */
@Service
public class ForumSearch {

    public ForumSearchResult search(ForumSearchQuery query) {
        throw new UnsupportedOperationException();
    }
}
