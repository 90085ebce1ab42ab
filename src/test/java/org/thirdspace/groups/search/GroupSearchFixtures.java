package org.thirdspace.groups.search;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupSearchResult;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.TestAccounts;

/** Helpers for group search and API tests: unique words, drafts, searching as someone, waiting for the index. */
public final class GroupSearchFixtures {

    /** How long an indexed change may take to become searchable in tests. */
    public static final Duration INDEXED_WITHIN = Duration.ofSeconds(20);

    private GroupSearchFixtures() {
    }

    /** A random word of letters no other test uses (and not within two edits of another). */
    public static String token() {
        StringBuilder sb = new StringBuilder("zg");
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    public static GroupDraft draft(GroupKind kind, String name, String purpose, GroupVisibility visibility,
            List<Long> owners, Set<String> activities, Set<String> phases, Set<String> regions, Long onBehalfOf) {
        return new GroupDraft(kind, name, purpose, "Be kind.", visibility, JoinPolicy.REQUEST, null, owners,
                activities, phases, regions, null, onBehalfOf);
    }

    public static GroupSearchQuery query(String text) {
        return GroupSearchQuery.text(text);
    }

    /** Searches as the person (a logged-in member of the community). */
    public static GroupSearchResult searchAs(GroupSearch search, Someone who, GroupSearchQuery query) {
        return TestAccounts.as(who.email(), "MEMBER", () -> search.search(query));
    }

    /** Searches as a visitor who is not logged in. */
    public static GroupSearchResult searchAnonymously(GroupSearch search, GroupSearchQuery query) {
        return anonymously(() -> search.search(query));
    }

    public static <T> T anonymously(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Waits until the person's search for the text finds exactly {@code total} groups. */
    public static void awaitTotal(GroupSearch search, Someone who, String text, long total) {
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> searchAs(search, who, query(text)).total() == total);
    }
}
