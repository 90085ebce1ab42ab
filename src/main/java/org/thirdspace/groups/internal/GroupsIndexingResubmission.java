package org.thirdspace.groups.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupChanged;
import org.thirdspace.groups.MembershipChanged;
import org.thirdspace.institutions.InstitutionChanged;
import org.thirdspace.institutions.InstitutionsMerged;

/**
 * Delivers the events of {@link GroupsIndexer} again whose delivery failed (e.g. while
 * Elasticsearch was down), so no change of a group is lost: every
 * {@code thirdspace.groups.resubmit-interval}, the incomplete publications older than
 * {@code thirdspace.groups.resubmit-min-age} (both default to the finder's settings, else 10 s
 * and 5 s). Re-indexing reads the current state, so a repeated delivery does no harm.
 */
@Component
class GroupsIndexingResubmission {

    private static final Logger log = LoggerFactory.getLogger(GroupsIndexingResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    GroupsIndexingResubmission(IncompleteEventPublications incomplete,
            @Value("${thirdspace.groups.resubmit-min-age:${thirdspace.finder.resubmit-min-age:PT5S}}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(initialDelayString = "${thirdspace.groups.resubmit-interval:${thirdspace.finder.resubmit-interval:PT10S}}",
            fixedDelayString = "${thirdspace.groups.resubmit-interval:${thirdspace.finder.resubmit-interval:PT10S}}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                    .withMinAge(minAge)
                    .withFilter(GroupsIndexingResubmission::isForTheIndexer));
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete group index events failed: {}", e.getMessage());
        }
    }

    /**
     * An event the indexer listens to. (The public API does not say which listener a publication
     * is for, so other listeners' failed deliveries of these events are resubmitted too; like
     * re-indexing, they must be safe to repeat.)
     */
    static boolean isForTheIndexer(EventPublication publication) {
        Object event = publication.getEvent();
        return event instanceof GroupChanged || event instanceof MembershipChanged
                || event instanceof InstitutionChanged || event instanceof InstitutionsMerged;
    }
}
