package org.thirdspace.notifications.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.security.ActingAs;
import org.thirdspace.shared.RuleViolation;

/**
 * What the module's listeners share: person ids to account ids, display names, and telling an
 * account about an item only when the item's own service, asked <em>as that account</em>, shows
 * it to them (private groups, drafts, hidden content: nobody hears of what they may not see).
 */
@Component
class Recipients {

    private final PeopleService people;
    private final ActingAs actingAs;
    private final NotificationDispatcher dispatcher;

    Recipients(PeopleService people, ActingAs actingAs, NotificationDispatcher dispatcher) {
        this.people = people;
        this.actingAs = actingAs;
        this.dispatcher = dispatcher;
    }

    /** The account of a person; empty for people without one (imported profiles). */
    Optional<Long> accountOf(long personId) {
        return people.find(personId).map(PersonSummary::accountId);
    }

    /** Accounts of the people, leaving out {@code except} (the actor) and people without an account. */
    Set<Long> accountsOf(Collection<Long> personIds, Long exceptPersonId) {
        Set<Long> result = new LinkedHashSet<>();
        for (long personId : personIds) {
            if (exceptPersonId == null || personId != exceptPersonId) {
                accountOf(personId).ifPresent(result::add);
            }
        }
        return result;
    }

    /** A person's display name (empty text when unknown). */
    String name(long personId) {
        Map<Long, String> names = people.displayNames(Set.of(personId));
        return names.getOrDefault(personId, "");
    }

    /** What a notification says: the item's link and the message arguments, as the recipient sees them. */
    record Told(String link, String... args) {
    }

    /**
     * Notifies the account when {@code seen}, run as the account, tells what it sees of the item;
     * nothing when the item's service refuses it to them.
     */
    void tell(long accountId, NotificationKind kind, String variant, String sourceKey, Supplier<Told> seen) {
        Optional<Told> told;
        try {
            told = actingAs.call(accountId, seen);
        } catch (AccessDeniedException | NotForThem e) {
            return;
        } catch (RuntimeException e) {
            if (isRefusal(e)) {
                return;
            }
            throw e; // e.g. the database is down: the event publication stays incomplete and is retried
        }
        told.ifPresent(t -> dispatcher.deliver(accountId, kind, variant, sourceKey, t.link(), t.args()));
    }

    /** A feature's "not found" or "forbidden" answer (a rule violation, or an older *NotFoundException). */
    private static boolean isRefusal(RuntimeException e) {
        if (e instanceof RuleViolation violation) {
            return violation.kind() == RuleViolation.Kind.NOT_FOUND || violation.kind() == RuleViolation.Kind.FORBIDDEN;
        }
        return e.getClass().getSimpleName().endsWith("NotFoundException");
    }

    /** Thrown inside {@link #tell} when the recipient sees the item but it is not for them (e.g. removed). */
    static final class NotForThem extends RuntimeException {
        NotForThem() {
            super("not for this recipient", null, false, false);
        }
    }
}
