package org.thirdspace.trust.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyReviewed;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.forum.AnswerAccepted;
import org.thirdspace.forum.PostCreated;
import org.thirdspace.forum.TopicCreated;
import org.thirdspace.forum.TopicRead;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.security.AccountLoggedIn;
import org.thirdspace.trust.TrustProperties;
import org.thirdspace.trust.internal.ActivityStore.Kind;

/**
 * Counts activity from the events the features publish. New posts are counted synchronously in
 * the posting transaction (the posts-per-hour limit must see them at once, and a post that rolls
 * back is not counted); everything else after the feature's commit
 * ({@link ApplicationModuleListener}, retried from the event publication log: idempotent through
 * {@link ActivityStore#record}). A visit is one per UTC day, from signing in and from reading.
 */
@Component
class ActivityListeners {

    private final ActivityStore store;
    private final Levels levels;
    private final PeopleService people;
    private final TrustProperties properties;
    private final Clock clock;

    ActivityListeners(ActivityStore store, Levels levels, PeopleService people, TrustProperties properties,
            Clock clock) {
        this.store = store;
        this.levels = levels;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(TopicCreated created) {
        post(created.authorPersonId(), "t" + created.topicId());
    }

    @EventListener
    void on(PostCreated created) {
        post(created.authorPersonId(), "p" + created.postId());
    }

    private void post(long personId, String ref) {
        account(personId).ifPresent(account -> {
            Instant now = clock.instant();
            store.record(account, Kind.POST, ref, now);
            visit(account, now);
            levels.reconsider(account);
        });
    }

    @ApplicationModuleListener
    void on(TopicRead read) {
        account(read.readerPersonId()).ifPresent(account -> {
            Instant now = clock.instant();
            store.record(account, Kind.TOPIC, Long.toString(read.topicId()), now);
            store.addSecondsRead(account, readSeconds(read), now);
            visit(account, now);
            levels.reconsider(account);
        });
    }

    /** Estimated from what was read: characters at reading speed, within a floor and cap per post. */
    long readSeconds(TopicRead read) {
        long bySpeed = read.charactersRead() / Math.max(1, properties.getReadingCharactersPerSecond());
        long floor = (long) read.postsRead() * properties.getMinSecondsPerPost();
        long cap = (long) read.postsRead() * properties.getMaxSecondsPerPost();
        return Math.min(cap, Math.max(floor, bySpeed));
    }

    @ApplicationModuleListener
    void on(AnswerAccepted accepted) {
        if (accepted.answerAuthorPersonId() == accepted.questionAuthorPersonId()) {
            return; // answering one's own question earns nothing
        }
        account(accepted.answerAuthorPersonId()).ifPresent(account -> {
            store.record(account, Kind.ANSWER, Long.toString(accepted.postId()), clock.instant());
            levels.reconsider(account);
        });
    }

    @ApplicationModuleListener
    void on(CaseStudyReviewed reviewed) {
        if (reviewed.decision() != ReviewDecision.APPROVED) {
            return;
        }
        for (long author : reviewed.authorPersonIds()) {
            account(author).ifPresent(account -> {
                store.record(account, Kind.CASE_STUDY, Long.toString(reviewed.caseStudyId()), clock.instant());
                levels.reconsider(account);
            });
        }
    }

    @ApplicationModuleListener
    void on(AccountLoggedIn login) {
        visit(login.accountId(), login.at());
        levels.reconsider(login.accountId());
    }

    /** Records that the account was here on the instant's UTC day (once per day). */
    void visit(long accountId, Instant at) {
        store.record(accountId, Kind.VISIT, LocalDate.ofInstant(at, ZoneOffset.UTC).toString(), at);
    }

    private Optional<Long> account(long personId) {
        return people.find(personId).map(PersonSummary::accountId);
    }
}
