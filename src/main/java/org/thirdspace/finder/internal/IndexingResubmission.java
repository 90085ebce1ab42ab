package org.thirdspace.finder.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.thirdspace.institutions.InstitutionChanged;
import org.thirdspace.institutions.InstitutionsMerged;
import org.thirdspace.people.ProfileChanged;

/**
 * Delivers the index events again whose listeners failed (e.g. while Elasticsearch was down), so
 * no change is lost: every {@code thirdspace.finder.resubmit-interval} (10 s), the incomplete
 * publications of the events the indexer listens to that are older than
 * {@code thirdspace.finder.resubmit-min-age} (5 s). Re-indexing is idempotent, so a duplicate
 * delivery does no harm.
 */
@Component
class IndexingResubmission {

    private static final Logger log = LoggerFactory.getLogger(IndexingResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    IndexingResubmission(IncompleteEventPublications incomplete,
            @Value("${thirdspace.finder.resubmit-min-age:PT5S}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(initialDelayString = "${thirdspace.finder.resubmit-interval:PT10S}",
            fixedDelayString = "${thirdspace.finder.resubmit-interval:PT10S}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                    .withMinAge(minAge)
                    .withFilter(IndexingResubmission::isIndexEvent));
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete index events failed: {}", e.getMessage());
        }
    }

    static boolean isIndexEvent(EventPublication publication) {
        Object event = publication.getEvent();
        return event instanceof ProfileChanged || event instanceof InstitutionChanged
                || event instanceof InstitutionsMerged;
    }
}
