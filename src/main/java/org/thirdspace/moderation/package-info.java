/**
 * Moderation (issue 7): members flag content, moderators work a queue of flagged items (hide,
 * restore, warn, dismiss), authors are told the outcome, and enough flags from trusted members
 * hide an item pending review. Every action is audited via
 * {@link org.thirdspace.shared.AuditableAction}. See ADR 10.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.thirdspace.moderation;
