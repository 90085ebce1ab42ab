package org.thirdspace.everywhere.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudySearchResult;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchType;

/**
 * Case studies through the case-study search: published versions only (drafts and revisions in
 * review are not in its index), private groups' only for their members.
 */
@Component
class CaseStudiesSource implements TypeSource {

    private final CaseStudySearch search;

    CaseStudiesSource(CaseStudySearch search) {
        this.search = search;
    }

    @Override
    public SearchType type() {
        return SearchType.CASE_STUDIES;
    }

    @Override
    public EverywhereResult.Section search(String text, int page, int size) {
        CaseStudySearchResult result = search.search(new CaseStudySearchQuery(text, null, null, null, null, null, null,
                null, page, size));
        List<EverywhereResult.Hit> hits = result.hits().stream().map(hit -> new EverywhereResult.Hit(type(),
                Long.toString(hit.id()), hit.title(), "case-studies/" + hit.id(), PeopleSource.nz(hit.groupName()),
                snippet(hit))).toList();
        return new EverywhereResult.Section(type(), result.total(), hits);
    }

    /** The first highlight that is not the title (the title is shown anyway), else the title's, else the summary. */
    private static String snippet(CaseStudySearchResult.Hit hit) {
        return hit.highlights().stream().filter(h -> !"title".equals(h.part())).findFirst()
                .or(() -> hit.highlights().stream().findFirst())
                .map(CaseStudySearchResult.Highlight::html)
                .orElseGet(() -> PeopleSource.escape(hit.summary()));
    }
}
