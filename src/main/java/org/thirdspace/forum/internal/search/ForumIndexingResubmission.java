package org.thirdspace.forum.internal.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.thirdspace.forum.TopicChanged;

/**
 * Delivers {@link TopicChanged} again when a delivery failed (e.g. while Elasticsearch was down),
 * so no change is lost from the index: every {@code thirdspace.forum.resubmit-interval}, the
 * incomplete publications older than {@code thirdspace.forum.resubmit-min-age} (both default to
 * the finder's settings, else 10 s and 5 s). Syncing reads the current state, so a repeated
 * delivery does no harm; other listeners of {@link TopicChanged} must be safe to repeat too.
 * {@code GroupChanged} is left to the groups module's own resubmission.
 */
@Component
class ForumIndexingResubmission {

    private static final Logger log = LoggerFactory.getLogger(ForumIndexingResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    ForumIndexingResubmission(IncompleteEventPublications incomplete,
            @Value("${thirdspace.forum.resubmit-min-age:${thirdspace.finder.resubmit-min-age:PT5S}}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(initialDelayString = "${thirdspace.forum.resubmit-interval:${thirdspace.finder.resubmit-interval:PT10S}}",
            fixedDelayString = "${thirdspace.forum.resubmit-interval:${thirdspace.finder.resubmit-interval:PT10S}}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                    .withMinAge(minAge)
                    .withFilter(ForumIndexingResubmission::isForTheIndexer));
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete forum index events failed: {}", e.getMessage());
        }
    }

    static boolean isForTheIndexer(EventPublication publication) {
        return publication.getEvent() instanceof TopicChanged;
    }
}
