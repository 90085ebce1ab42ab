package org.thirdspace.casestudies.internal.search;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyChanged;
import org.thirdspace.casestudies.CaseStudyPublished;
import org.thirdspace.casestudies.GoodPracticeBadgeChanged;
import org.thirdspace.groups.GroupChanged;

/**
 * Keeps the case-studies index in step. Each listener runs asynchronously after the publishing
 * transaction committed and re-reads the case study from the database, so a late or repeated
 * delivery writes the current published state (or removes a case study that has none). When
 * Elasticsearch is down the listener fails, its event publication stays incomplete and
 * {@link CaseStudiesIndexingResubmission} delivers it again later.
 */
@Component
class CaseStudiesIndexer {

    private final CaseStudiesIndex index;
    private final CaseStudyDocuments documents;

    CaseStudiesIndexer(CaseStudiesIndex index, CaseStudyDocuments documents) {
        this.index = index;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(CaseStudyChanged changed) {
        index.reindex(changed.caseStudyId());
    }

    @ApplicationModuleListener
    void on(CaseStudyPublished published) {
        index.reindex(published.caseStudyId());
    }

    /** The curation module decided the badge: keep the flag and re-index. */
    @ApplicationModuleListener
    void on(GoodPracticeBadgeChanged changed) {
        documents.setGoodPractice(changed.caseStudyId(), changed.goodPractice());
        index.reindex(changed.caseStudyId());
    }

    /** The home group's name is shown in results and its visibility decides who finds the case study. */
    @ApplicationModuleListener
    void on(GroupChanged changed) {
        index.reindexGroup(changed.groupId());
    }
}
