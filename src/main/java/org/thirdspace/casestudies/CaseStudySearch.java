package org.thirdspace.casestudies;

import org.springframework.stereotype.Service;

/**
 * Searches the {@code case-studies} index: published versions only, and only those the current
 * user may see (home group visibility: private groups to their members, members-only groups to
 * logged-in members); highlights and facet counts follow the same filter.
 */
@Service
public class CaseStudySearch {

    public CaseStudySearchResult search(CaseStudySearchQuery query) {
        throw new UnsupportedOperationException("issue 5: search in progress");
    }
}
