package org.thirdspace.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.people.ProfileChanged;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.testsupport.ElasticsearchTestNode;
import org.thirdspace.testsupport.IntegrationTest;

/** The pipeline: a saved change is searchable within seconds, and none is lost while Elasticsearch is down. */
@IntegrationTest
class FinderIndexingTest {

    private static final Logger log = LoggerFactory.getLogger(FinderIndexingTest.class);

    @Autowired
    PeopleService people;
    @Autowired
    PeopleFinder finder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private PersonSummary person(String name) {
        long accountId = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        return people.ensureProfile(accountId, name);
    }

    private void changeHeadline(long personId, String headline) {
        tx.executeWithoutResult(s -> {
            FinderFixtures.asAdmin(() -> {
                people.updateHeadline(personId, headline);
                return null;
            });
            events.publishEvent(new ProfileChanged(personId));
        });
    }

    private long found(String text) {
        try {
            return finder.search(FinderQuery.of(text), Viewer.member(null)).total();
        } catch (SearchIndexException e) {
            return -1;
        }
    }

    private static Duration await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new AssertionError("not within " + timeout);
            }
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aSavedChangeIsSearchableWithinSeconds() throws Exception {
        String token = FinderFixtures.token();
        PersonSummary person = person("Sasha " + token);
        // Warm up: earlier tests in this JVM may have just restarted the node (this class's other
        // test, GroupSearchTest) and left resubmitted events in flight. The latency measured
        // below is the steady state, so first prove the pipeline is live again, generously.
        changeHeadline(person.id(), "Warm-up " + token);
        await(Duration.ofSeconds(60), () -> found("warm-up " + token) == 1);

        long t0 = System.nanoTime();
        changeHeadline(person.id(), "Outreach lead " + token);
        Duration took = await(Duration.ofSeconds(5), () -> found("outreach " + token) == 1);
        log.info("save -> searchable in {} ms", Duration.ofNanos(System.nanoTime() - t0).toMillis());
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void changesMadeWhileElasticsearchIsDownAreIndexedWhenItIsBack() throws Exception {
        String token = FinderFixtures.token();
        PersonSummary person = person("Devi " + token);
        changeHeadline(person.id(), "Before " + token);
        await(Duration.ofSeconds(5), () -> found("before " + token) == 1);

        String after = FinderFixtures.token();
        PersonSummary second = person("Ezra " + after);
        ElasticsearchTestNode.stop();
        try {
            assertThat(found(token)).isEqualTo(-1);
            changeHeadline(person.id(), "During " + after);
            changeHeadline(second.id(), "Also during " + after);
            Thread.sleep(1500); // let the listeners try (and fail)
        } finally {
            ElasticsearchTestNode.restart();
        }
        // resubmitted from the event publication registry
        Duration took = await(Duration.ofSeconds(60), () -> found("during " + after) == 2);
        log.info("edits made while the node was down indexed {} ms after the restart", took.toMillis());
        assertThat(found("before " + token)).isZero();
    }
}
