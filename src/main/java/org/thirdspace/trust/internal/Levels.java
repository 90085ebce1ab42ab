package org.thirdspace.trust.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.AccountSummary;
import org.thirdspace.security.Role;
import org.thirdspace.trust.TrustActivity;
import org.thirdspace.trust.TrustLevel;
import org.thirdspace.trust.TrustLevelChanged;
import org.thirdspace.trust.TrustProgress.Requirement;
import org.thirdspace.trust.TrustProperties;

/**
 * The level rules: the level activity earns (each level needs the one below), levels only go up
 * by activity (the highest reached is kept), a moderator's lock overrides both, and moderators
 * and admins are always LEADER.
 */
@Component
public class Levels {

    private final ActivityStore store;
    private final AccountDirectory accounts;
    private final TrustProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Levels(ActivityStore store, AccountDirectory accounts, TrustProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public static boolean staff(AccountSummary account) {
        return account.hasRole(Role.MODERATOR) || account.hasRole(Role.ADMIN);
    }

    public boolean staff(long accountId) {
        return accounts.find(accountId).map(Levels::staff).orElse(false);
    }

    /** The level the activity alone earns (at most REGULAR). */
    public TrustLevel earned(TrustActivity activity) {
        TrustLevel level = TrustLevel.NEW;
        for (TrustLevel next : List.of(TrustLevel.BASIC, TrustLevel.MEMBER, TrustLevel.REGULAR)) {
            if (!requirements(next, activity).stream().allMatch(Requirement::met)) {
                break;
            }
            level = next;
        }
        return level;
    }

    /** The thresholds of the level with what the activity has of each (only those the level needs). */
    public List<Requirement> requirements(TrustLevel level, TrustActivity activity) {
        TrustProperties.Requirements needs = properties.requirementsOf(level);
        List<Requirement> list = new ArrayList<>();
        if (needs == null) {
            return list;
        }
        add(list, "days-visited", needs.getDaysVisited(), activity.daysVisited());
        add(list, "read-minutes", needs.getReadMinutes(), activity.minutesRead());
        add(list, "topics-entered", needs.getTopicsEntered(), activity.topicsEntered());
        add(list, "posts", needs.getPosts(), activity.posts());
        add(list, "contributions", needs.getContributions(), activity.contributions());
        return list;
    }

    private static void add(List<Requirement> list, String code, long needed, long have) {
        if (needed > 0) {
            list.add(new Requirement(code, needed, have));
        }
    }

    /** The level ignoring roles: the lock, else the higher of the highest reached and what activity earns. */
    public TrustLevel memberLevel(ActivityStore.Row row) {
        if (row.locked() != null) {
            return row.locked();
        }
        TrustLevel earned = earned(row.activity());
        return earned.compareTo(row.reached()) > 0 ? earned : row.reached();
    }

    /** The account's level: LEADER for staff, else {@link #memberLevel}; NEW without activity. */
    public TrustLevel levelOf(long accountId) {
        if (staff(accountId)) {
            return TrustLevel.LEADER;
        }
        return store.find(accountId).map(this::memberLevel).orElse(TrustLevel.NEW);
    }

    /**
     * After new activity: keeps a newly earned level as reached and publishes
     * {@link TrustLevelChanged} when the member's effective level went up (not while locked).
     */
    public void reconsider(long accountId) {
        ActivityStore.Row row = store.find(accountId).orElse(null);
        if (row == null) {
            return;
        }
        TrustLevel earned = earned(row.activity());
        if (earned.compareTo(row.reached()) <= 0) {
            return;
        }
        store.reached(accountId, earned, clock.instant());
        if (row.locked() == null && !staff(accountId)) {
            events.publishEvent(new TrustLevelChanged(accountId, row.reached(), earned, null));
        }
    }
}
