package org.thirdspace.trust;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.AccountSummary;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.ContentRef;
import org.thirdspace.trust.internal.ActivityStore;
import org.thirdspace.trust.internal.Levels;

/**
 * Members' trust levels: the level (for privileges such as trusted flags), each member's progress
 * towards the next level, and moderators' locks. See ADR 12.
 */
@Service
public class TrustService {

    public static final int MAX_REASON = 500;

    private final Levels levels;
    private final ActivityStore store;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final TrustProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrustService(Levels levels, ActivityStore store, AccountDirectory accounts, CurrentUser currentUser,
            TrustProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.levels = levels;
        this.store = store;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The account's current level. Moderators and admins are always LEADER. Unknown account -> NEW. */
    public TrustLevel levelOf(long accountId) {
        return levels.levelOf(accountId);
    }

    /**
     * Whether this account's flags count towards automatic hiding (level >= REGULAR, configurable
     * via thirdspace.trust.trusted-flagger-level). Moderators/admins are trusted.
     */
    public boolean isTrustedFlagger(long accountId) {
        return levelOf(accountId).atLeast(properties.getTrustedFlaggerLevel());
    }

    /** The signed-in member's level and progress. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TrustProgress myProgress() {
        return progressOf(currentUser.id().orElseThrow(() -> new AccessDeniedException("not signed in")));
    }

    /** An account's level and progress: for the member themself and for moderators; NOT_FOUND for no such account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TrustProgress progress(long accountId) {
        long me = currentUser.id().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (me != accountId && !currentUser.get().map(Levels::staff).orElse(false)) {
            throw new AccessDeniedException("trust progress of another member");
        }
        return progressOf(accountId);
    }

    private TrustProgress progressOf(long accountId) {
        AccountSummary account = accounts.find(accountId).orElseThrow(TrustException::notFound);
        ActivityStore.Row row = store.find(accountId)
                .orElse(new ActivityStore.Row(TrustActivity.NONE, TrustLevel.NEW, null, null));
        boolean staff = Levels.staff(account);
        if (staff) {
            return new TrustProgress(accountId, TrustLevel.LEADER, true, false, null, row.activity(), null, List.of());
        }
        TrustLevel level = levels.memberLevel(row);
        boolean locked = row.locked() != null;
        TrustLevel next = locked || level.atLeast(TrustLevel.REGULAR) ? null : level.next();
        return new TrustProgress(accountId, level, false, locked, row.lockReason(), row.activity(), next,
                next == null ? List.of() : levels.requirements(next, row.activity()));
    }

    /** Page size limit of {@link #findMembers}. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Members whose name or email contains {@code text} (blank: everyone), by name, with their
     * level, for moderators looking for whom to lock or unlock. {@code offset} from 0,
     * {@code limit} 1..{@link #MAX_PAGE_SIZE}.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<MemberTrust> findMembers(String text, int offset, int limit) {
        if (offset < 0) {
            throw TrustException.invalid("offset", "trust.error.offset");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw TrustException.invalid("limit", "trust.error.limit", MAX_PAGE_SIZE);
        }
        return accounts.search(text, offset, limit).stream().map(a -> {
            boolean staff = Levels.staff(a);
            var row = store.find(a.id());
            boolean locked = !staff && row.map(r -> r.locked() != null).orElse(false);
            TrustLevel level = staff ? TrustLevel.LEADER : row.map(levels::memberLevel).orElse(TrustLevel.NEW);
            return new MemberTrust(a.id(), a.displayName(), a.email(), level, staff, locked);
        }).toList();
    }

    /** How many members {@link #findMembers} finds for {@code text}. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countMembers(String text) {
        return accounts.count(text);
    }

    /**
     * Sets an account's level whatever its activity (up, e.g. to LEADER, or down for a member who
     * abuses their privileges) with a reason (required, up to {@link #MAX_REASON}). Audited.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public TrustProgress lock(long accountId, TrustLevel level, String reason) {
        if (level == null) {
            throw TrustException.invalid("level", "trust.error.level-required");
        }
        String why = reason(reason);
        accounts.find(accountId).orElseThrow(TrustException::notFound);
        TrustLevel before = levels.levelOf(accountId);
        AccountSummary actor = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        store.lock(accountId, level, why, actor.id(), clock.instant());
        events.publishEvent(new AuditableAction(actor.id(), actor.displayName(), "trust.lock",
                ContentRef.of("account", accountId), why, before.name(), level.name()));
        TrustLevel after = levels.levelOf(accountId);
        if (after != before) {
            events.publishEvent(new TrustLevelChanged(accountId, before, after, actor.id()));
        }
        return progressOf(accountId);
    }

    /** Removes a lock (with a reason): the level is again what activity earned. Audited. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public TrustProgress unlock(long accountId, String reason) {
        String why = reason(reason);
        accounts.find(accountId).orElseThrow(TrustException::notFound);
        TrustLevel before = levels.levelOf(accountId);
        AccountSummary actor = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        store.lock(accountId, null, null, null, clock.instant());
        TrustLevel after = levels.levelOf(accountId);
        events.publishEvent(new AuditableAction(actor.id(), actor.displayName(), "trust.unlock",
                ContentRef.of("account", accountId), why, before.name(), after.name()));
        if (after != before) {
            events.publishEvent(new TrustLevelChanged(accountId, before, after, actor.id()));
        }
        return progressOf(accountId);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw TrustException.invalid("reason", "trust.error.reason-required");
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            throw TrustException.invalid("reason", "trust.error.reason-too-long", MAX_REASON);
        }
        return why;
    }
}
