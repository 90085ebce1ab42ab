package org.thirdspace.trust.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records that a signed-in member opened the app today (one row per account and UTC day). */
@Component
public class Visits {

    private final ActivityListeners listeners;
    private final Levels levels;
    private final Clock clock;

    Visits(ActivityListeners listeners, Levels levels, Clock clock) {
        this.listeners = listeners;
        this.levels = levels;
        this.clock = clock;
    }

    @Transactional
    public void visited(long accountId) {
        listeners.visit(accountId, clock.instant());
        levels.reconsider(accountId);
    }
}
