package org.thirdspace.audit.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.shared.AuditableAction;

/**
 * Writes every {@link AuditableAction} as it is published: synchronously, in the publisher's
 * transaction (joined, not a new one), so the entry commits or rolls back with the action.
 */
@Component
class AuditRecorder {

    static final int MAX_LABEL = 200;
    static final int MAX_ACTION = 100;
    static final int MAX_TYPE = 50;
    static final int MAX_ID = 100;
    static final int MAX_SUMMARY = 1000;

    private final AuditRepository repository;
    private final Clock clock;

    AuditRecorder(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuditableAction action) {
        repository.save(new AuditRecord(clock.instant(), action.actorAccountId(), cut(action.actorLabel(), MAX_LABEL),
                cut(action.action(), MAX_ACTION), cut(action.target().type(), MAX_TYPE),
                cut(action.target().id(), MAX_ID), cut(action.summary(), MAX_SUMMARY), action.before(),
                action.after()));
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
