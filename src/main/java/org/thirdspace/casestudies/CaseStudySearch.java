package org.thirdspace.casestudies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.thirdspace.casestudies.internal.search.CaseStudiesIndex;
import org.thirdspace.casestudies.internal.search.CaseStudyQueries;
import org.thirdspace.casestudies.internal.search.CaseStudyQueries.Viewer;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.search.SearchIndexException;

/**
 * Searches the {@code case-studies} index: published versions only, and only those the current
 * user may see (home group visibility: private groups to their members, members-only groups to
 * logged-in members); highlights and facet counts follow the same filter.
 * <p>
 * Text must match in every word (title boosted, then summary and fields; the whole text as a
 * phrase ranks first); highlights are escaped HTML with {@code <mark>} around the matches,
 * labelled with their part. Without text, the newest published first. A search throws
 * {@link SearchIndexException} when the index cannot be searched, and {@link CaseStudyException}
 * INVALID for a text over {@value #MAX_TEXT} characters, a size outside 1 to {@value #MAX_SIZE}
 * or a page beyond the first 10,000 results.
 */
@Service
public class CaseStudySearch {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default {@code index.max_result_window}. */
    public static final int MAX_WINDOW = 10_000;

    private final CaseStudiesIndex index;
    private final PeopleService people;
    private final GroupService groups;
    private final Clock clock;

    CaseStudySearch(CaseStudiesIndex index, PeopleService people, GroupService groups, Clock clock) {
        this.index = index;
        this.people = people;
        this.groups = groups;
        this.clock = clock;
    }

    @SuppressWarnings("rawtypes")
    public CaseStudySearchResult search(CaseStudySearchQuery query) {
        validate(query);
        SearchResponse<Map> response = index.search(CaseStudyQueries.request(query, viewer(), index.alias()));
        return CaseStudyQueries.result(response, query, LocalDate.now(clock));
    }

    private static void validate(CaseStudySearchQuery query) {
        if (query.text() != null && query.text().length() > MAX_TEXT) {
            throw CaseStudyException.invalid("q", "casestudies.search.error.text", MAX_TEXT);
        }
        if (query.size() < 1 || query.size() > MAX_SIZE) {
            throw CaseStudyException.invalid("size", "casestudies.search.error.size", MAX_SIZE);
        }
        if (query.page() < 0 || (long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw CaseStudyException.invalid("page", "casestudies.search.error.page", MAX_WINDOW);
        }
    }

    /** The current user: logged in or not, and (logged in) the groups they belong to now. */
    private Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        if (!loggedIn) {
            return Viewer.ANONYMOUS;
        }
        Set<Long> groupIds = people.myPersonId()
                .map(me -> groups.groupsOf(me).stream().map(GroupRef::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        return new Viewer(true, groupIds);
    }
}
