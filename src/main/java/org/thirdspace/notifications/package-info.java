/**
 * Notifications module (issue 8): what happened that concerns a member, stored per account and
 * shown behind the bell in the shell (updated live through Vaadin push), with per-kind delivery
 * settings (in-app only, immediate email, digest, off) and email through an outbox. Other modules
 * never call it: it listens to their events and asks their public services whether the recipient
 * may see the item before telling them about it. See ADR 14.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.thirdspace.notifications;
