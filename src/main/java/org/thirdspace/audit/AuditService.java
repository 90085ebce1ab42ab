package org.thirdspace.audit;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.audit.internal.AuditRecord;
import org.thirdspace.audit.internal.AuditRepository;
import org.thirdspace.shared.ContentRef;

/**
 * Searching the audit log, for moderators and admins. Entries are written by listening to
 * {@link org.thirdspace.shared.AuditableAction}; there is no way to change or remove one.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    public static final int MAX_PAGE_SIZE = 200;

    private final AuditRepository repository;

    AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    /** Entries matching the query, newest first; {@code page} from 0, {@code size} 1–200. */
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public AuditPage search(AuditQuery query, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_PAGE_SIZE);
        }
        AuditQuery q = query == null ? AuditQuery.any() : query;
        String text = blank(q.text()) ? null : "%" + escape(q.text().strip().toLowerCase(Locale.ROOT)) + "%";
        String action = blank(q.action()) ? null : q.action().strip().toLowerCase(Locale.ROOT);
        String prefix = action != null && action.endsWith(".") ? escape(action) + "%" : "\u0000";
        String type = blank(q.targetType()) ? null : q.targetType().strip().toLowerCase(Locale.ROOT);
        var result = repository.search(text, action, prefix, type, q.actorAccountId(), q.from(), q.to(),
                PageRequest.of(page, size));
        return new AuditPage(result.map(AuditService::toRecord).getContent(), result.getTotalElements(), page, size);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** LIKE wildcards typed by the user are taken literally (H2 and MySQL escape with a backslash). */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry toRecord(AuditRecord r) {
        return new AuditEntry(r.id(), r.occurredAt(), r.actorAccountId(), r.actorLabel(), r.action(),
                new ContentRef(r.targetType(), r.targetId()), r.summary(), r.before(), r.after());
    }
}
