package org.thirdspace.casestudies.internal.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyChanged;
import org.thirdspace.casestudies.CaseStudyPublished;
import org.thirdspace.groups.GroupChanged;

/**
 * Delivers the events of {@link CaseStudiesIndexer} again whose delivery failed (e.g. while
 * Elasticsearch was down), so no published change is lost: every
 * {@code thirdspace.case-studies.resubmit-interval}, the incomplete publications older than
 * {@code thirdspace.case-studies.resubmit-min-age} (both default to the finder's settings, else
 * 10 s and 5 s). Re-indexing reads the current state, so a repeated delivery does no harm.
 */
@Component
class CaseStudiesIndexingResubmission {

    private static final Logger log = LoggerFactory.getLogger(CaseStudiesIndexingResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    CaseStudiesIndexingResubmission(IncompleteEventPublications incomplete,
            @Value("${thirdspace.case-studies.resubmit-min-age:${thirdspace.finder.resubmit-min-age:PT5S}}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(initialDelayString = "${thirdspace.case-studies.resubmit-interval:${thirdspace.finder.resubmit-interval:PT10S}}",
            fixedDelayString = "${thirdspace.case-studies.resubmit-interval:${thirdspace.finder.resubmit-interval:PT10S}}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                    .withMinAge(minAge)
                    .withFilter(CaseStudiesIndexingResubmission::isForTheIndexer));
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete case-study index events failed: {}", e.getMessage());
        }
    }

    /**
     * An event the indexer listens to. {@link GroupChanged} is left to the groups module's own
     * resubmission (it resubmits every incomplete publication of that event, ours included).
     * Other listeners' failed deliveries of the case-study events are resubmitted too; like
     * re-indexing, they must be safe to repeat.
     */
    static boolean isForTheIndexer(EventPublication publication) {
        Object event = publication.getEvent();
        return event instanceof CaseStudyChanged || event instanceof CaseStudyPublished;
    }
}
