package org.thirdspace.shared;

import java.util.Objects;

/**
 * A moderation or administration action that the audit log must keep. Any feature publishes it
 * as an application event inside the transaction that performs the action; the audit module
 * writes it in that same transaction, so an action that rolls back leaves no entry and an action
 * that commits always has one.
 *
 * @param actorAccountId the account that acted, or null for the system (e.g. automatic hiding)
 * @param actorLabel     how to show the actor (display name or email), never blank
 * @param action         a stable dotted code such as {@code moderation.hide} or {@code collection.publish}
 * @param target         what was acted on
 * @param summary        a short human-readable line, e.g. the reason given
 * @param before         the relevant state before (plain text or JSON), or null
 * @param after          the relevant state after, or null
 */
public record AuditableAction(Long actorAccountId, String actorLabel, String action, ContentRef target,
        String summary, String before, String after) {

    public AuditableAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        if (actorLabel == null || actorLabel.isBlank()) {
            actorLabel = actorAccountId == null ? "system" : "account " + actorAccountId;
        }
    }
}
