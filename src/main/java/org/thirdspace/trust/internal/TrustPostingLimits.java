package org.thirdspace.trust.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thirdspace.markdown.MarkdownLinks;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.shared.PostingLimits;
import org.thirdspace.trust.TrustLevel;
import org.thirdspace.trust.TrustProperties;


/**
 * The posting limits of the lower trust levels ({@code thirdspace.trust.new-members.*},
 * {@code basic-members.*}, {@code attachments-level}). Messages: {@code trust.limit.*}, each naming
 * the limit, what was found and how to unlock it. A person without an account (imported profiles)
 * is not limited: they cannot sign in to post.
 */
@Component
class TrustPostingLimits implements PostingLimits {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final Levels levels;
    private final ActivityStore store;
    private final PeopleService people;
    private final TrustProperties properties;
    private final Clock clock;

    TrustPostingLimits(Levels levels, ActivityStore store, PeopleService people, TrustProperties properties,
            Clock clock) {
        this.levels = levels;
        this.store = store;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void checkPost(long personId, Kind kind, String markdown) {
        Optional<Long> account = people.find(personId).map(PersonSummary::accountId);
        if (account.isEmpty()) {
            return;
        }
        TrustLevel level = levels.levelOf(account.get());
        TrustProperties.Limits limits = properties.limitsOf(level);
        if (limits == null) {
            return;
        }
        int links = MarkdownLinks.count(markdown);
        if (limits.getLinksPerPost() >= 0 && links > limits.getLinksPerPost()) {
            throw new PostingLimitExceeded("links", limits.getLinksPerPost(), links, level.name(), null,
                    "trust.limit.links." + key(level), limits.getLinksPerPost(), links);
        }
        if (kind.isNewPost()) {
            rate(account.get(), level, limits.getPostsPerHour(), HOUR, "posts-per-hour");
            rate(account.get(), level, limits.getPostsPerDay(), DAY, "posts-per-day");
        }
    }

    private void rate(long account, TrustLevel level, int allowed, Duration window, String limit) {
        if (allowed < 0) {
            return;
        }
        Instant now = clock.instant();
        Instant since = now.minus(window);
        int posted = store.countSince(account, ActivityStore.Kind.POST, since);
        if (posted < allowed) {
            return;
        }
        Instant first = store.firstSince(account, ActivityStore.Kind.POST, since).orElse(now);
        Duration wait = Duration.between(now, first.plus(window));
        if (wait.isNegative() || wait.isZero()) {
            wait = Duration.ofSeconds(1);
        }
        long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
        throw new PostingLimitExceeded(limit, allowed, posted, level.name(), wait,
                "trust.limit." + limit + "." + key(level), allowed, posted, minutes);
    }

    @Override
    public void checkAttachment(long personId) {
        Optional<Long> account = people.find(personId).map(PersonSummary::accountId);
        if (account.isEmpty()) {
            return;
        }
        TrustLevel level = levels.levelOf(account.get());
        TrustLevel needed = properties.getAttachmentsLevel();
        if (!level.atLeast(needed)) {
            throw new PostingLimitExceeded("attachments", 0, 1, level.name(), null, "trust.limit.attachments",
                    needed.name());
        }
    }

    private static String key(TrustLevel level) {
        return level == TrustLevel.NEW ? "new" : "basic";
    }
}
