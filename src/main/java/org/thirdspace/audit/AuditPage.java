package org.thirdspace.audit;

import java.util.List;

/** One page of audit entries, newest first, with the total number matching. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {
}
