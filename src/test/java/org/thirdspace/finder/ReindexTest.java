package org.thirdspace.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.people.ProfileChanged;
import org.thirdspace.search.ReindexStatus;
import org.thirdspace.search.SearchAdministration;
import org.thirdspace.testsupport.IntegrationTest;

/** A full reindex through the API: 202, 409 while running, progress, search keeps working, no write lost. */
@IntegrationTest
class ReindexTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SearchAdministration administration;
    @Autowired
    PeopleService people;
    @Autowired
    PeopleFinder finder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @Test
    void reindexRunsInTheBackgroundKeepsSearchWorkingAndLosesNoWrite() throws Exception {
        String token = FinderFixtures.token();
        PersonSummary person = people.ensureProfile(8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L),
                "Noor " + token);
        publish(person.id());
        awaitFound(token, 1);

        GateFeature.close();
        try {
            mvc.perform(post("/api/v1/admin/search/reindex").with(user("admin@finder.test").roles("ADMIN")))
                    .andExpect(status().isAccepted())
                    .andExpect(header().string("Location", "/api/v1/admin/search/reindex"))
                    .andExpect(jsonPath("$.state").value("RUNNING"));
            mvc.perform(post("/api/v1/admin/search/reindex").with(user("admin@finder.test").roles("ADMIN")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.status").value(409));
            mvc.perform(post("/api/v1/admin/search/reindex").with(user("member@finder.test")))
                    .andExpect(status().isForbidden());
            // the people index is rebuilt first or after the gate: either way searches answer meanwhile
            assertThat(finder.search(FinderQuery.of(token), Viewer.member(null)).total()).isEqualTo(1);
            String later = FinderFixtures.token();
            PersonSummary during = people.ensureProfile(8_100_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L),
                    "Omar " + later);
            publish(during.id());
            awaitFound(later, 1);
            mvc.perform(get("/api/v1/admin/search/reindex").with(user("admin@finder.test").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("RUNNING"))
                    .andExpect(jsonPath("$.indices[?(@.name=='gate')].expected").value(org.hamcrest.Matchers.contains(3)));
            GateFeature.open();
            ReindexStatus done = awaitDone();
            assertThat(done.state()).isEqualTo(ReindexStatus.State.DONE);
            assertThat(done.indices()).extracting(ReindexStatus.IndexProgress::name).contains("people", "gate");
            assertThat(done.indices()).allSatisfy(i -> assertThat(i.state()).isEqualTo(ReindexStatus.State.DONE));
            assertThat(done.fraction()).isEqualTo(1.0);
            assertThat(finder.search(FinderQuery.of(token), Viewer.member(null)).total()).isEqualTo(1);
            assertThat(finder.search(FinderQuery.of(later), Viewer.member(null)).total()).isEqualTo(1);
        } finally {
            GateFeature.open();
        }
    }

    private void publish(long personId) {
        tx.executeWithoutResult(s -> events.publishEvent(new ProfileChanged(personId)));
    }

    private void awaitFound(String token, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (finder.search(FinderQuery.of(token), Viewer.member(null)).total() != expected) {
            assertThat(System.nanoTime()).as("found within 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private ReindexStatus awaitDone() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ReindexStatus status = FinderFixtures.asAdmin(administration::status);
        while (status.running()) {
            assertThat(System.nanoTime()).as("reindex done within 60 s").isLessThan(deadline);
            Thread.sleep(200);
            status = FinderFixtures.asAdmin(administration::status);
        }
        return status;
    }
}
