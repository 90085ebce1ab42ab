/**
 * The audit log (issue 7): every {@link org.thirdspace.shared.AuditableAction} published by any
 * feature becomes one immutable row, written in the transaction of the action. Moderators and
 * admins search it; nobody edits or deletes it. See ADR 10.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.thirdspace.audit;
