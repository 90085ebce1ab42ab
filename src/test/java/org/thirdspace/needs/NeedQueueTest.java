package org.thirdspace.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.needs.internal.NeedAlerts;
import org.thirdspace.notifications.NotificationService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.MutableClock;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The brokers' queue of unanswered needs on the real database: longest waiting first, answered
 * needs leave it, a reopened need comes back with a fresh wait, overdue after the configured days
 * (7), one alert per wait to every broker, and who may read it (service and REST).
 */
@IntegrationTest
class NeedQueueTest {

    @Autowired
    NeedService needs;
    @Autowired
    NeedQueue queue;
    @Autowired
    NeedAlerts alerts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The whole queue as the broker reads it, page after page. */
    private List<QueuedNeed> wholeQueue(Someone broker) {
        List<QueuedNeed> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            int p = page;
            NeedQueuePage found = as(broker.email(), "BROKER", () -> queue.unanswered(p, 100));
            all.addAll(found.items());
            if (found.items().size() < 100) {
                assertThat(all).hasSize((int) found.total());
                return all;
            }
        }
    }

    private static List<Long> ids(List<QueuedNeed> queued, List<Long> mine) {
        return queued.stream().map(q -> q.need().id()).filter(mine::contains).toList();
    }

    @Test
    void theQueueListsUnansweredNeedsLongestWaitingFirst() {
        String tag = NeedServiceTest.token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Queueham " + tag);
        Someone teacher = partners.teacher();
        Someone broker = ProfileFixtures.person(accounts, people, "Quentin Broker", Role.BROKER);
        long school = partners.school().id();

        long oldest = post(teacher, "Oldest " + tag, school);
        clock.advance(Duration.ofDays(2));
        long middle = post(teacher, "Middle " + tag, school);
        clock.advance(Duration.ofDays(2));
        long claimed = post(teacher, "Claimed " + tag, school);
        long closed = post(teacher, "Closed " + tag, school);
        clock.advance(Duration.ofDays(1));
        long newest = post(teacher, "Newest " + tag, school);
        List<Long> mine = List.of(oldest, middle, claimed, closed, newest);

        as(broker.email(), "BROKER", () -> needs.claim(claimed));
        as(teacher.email(), "MEMBER", () -> needs.close(closed, NeedOutcome.WITHDRAWN, null));

        List<QueuedNeed> queued = wholeQueue(broker);
        assertThat(ids(queued, mine)).containsExactly(oldest, middle, newest);
        QueuedNeed first = queued.stream().filter(q -> q.need().id() == oldest).findFirst().orElseThrow();
        assertThat(first.daysWaiting()).isEqualTo(5);
        assertThat(first.overdue()).isFalse();
        assertThat(first.need().title()).isEqualTo("Oldest " + tag);

        // three days later the oldest has waited 8 days: overdue, the middle one (6 days) not yet
        clock.advance(Duration.ofDays(3));
        queued = wholeQueue(broker);
        assertThat(queued.stream().filter(q -> mine.contains(q.need().id()) && q.overdue()).map(q -> q.need().id()))
                .containsExactly(oldest);
        NeedQueuePage page = as(broker.email(), "BROKER", () -> queue.unanswered(0, 1));
        assertThat(page.overdue()).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(page.total());
        assertThat(page.alertAfterDays()).isEqualTo(7);

        // reopening the claimed need puts it back, waiting from now: last in the queue
        as(broker.email(), "BROKER", () -> needs.reopen(claimed));
        assertThat(ids(wholeQueue(broker), mine)).containsExactly(oldest, middle, newest, claimed);
        QueuedNeed reopened = wholeQueue(broker).stream().filter(q -> q.need().id() == claimed).findFirst()
                .orElseThrow();
        assertThat(reopened.daysWaiting()).isZero();
        assertThat(reopened.overdue()).isFalse();
    }

    @Test
    void onlyBrokersModeratorsAndAdminsReadTheQueue() throws Exception {
        String tag = NeedServiceTest.token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Queuelock " + tag);
        Someone teacher = partners.teacher();
        long id = post(teacher, "Locked queue " + tag, partners.school().id());

        assertThatThrownBy(() -> as(teacher.email(), "MEMBER", () -> queue.unanswered(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("mod@queue.test", "MODERATOR", () -> queue.unanswered(0, 100)).total()).isPositive();
        assertThatThrownBy(() -> as("mod@queue.test", "MODERATOR", () -> queue.unanswered(0, 101)))
                .isInstanceOf(NeedException.class);

        mvc.perform(get("/api/v1/needs/queue").with(user(teacher.email()).roles("MEMBER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        Someone broker = ProfileFixtures.person(accounts, people, "Queenie Broker", Role.BROKER);
        clock.advance(Duration.ofDays(30));
        mvc.perform(get("/api/v1/needs/queue").param("size", "100").with(user(broker.email()).roles("MEMBER", "BROKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alertAfterDays").value(7))
                .andExpect(jsonPath("$.items[?(@.need.id == " + id + ")].overdue").value(true))
                .andExpect(jsonPath("$.items[?(@.need.id == " + id + ")].need.title").value("Locked queue " + tag));
        mvc.perform(get("/api/v1/needs/queue").param("size", "0").with(user(broker.email()).roles("MEMBER", "BROKER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
    }

    @Test
    void brokersAreAlertedOncePerWait() {
        String tag = NeedServiceTest.token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Alertby " + tag);
        Someone teacher = partners.teacher();
        Someone broker = ProfileFixtures.person(accounts, people, "Alys Broker", Role.BROKER);
        long waiting = post(teacher, "Waiting " + tag, partners.school().id());
        long answered = post(teacher, "Answered " + tag, partners.school().id());
        as(broker.email(), "BROKER", () -> needs.claim(answered));

        clock.advance(Duration.ofDays(6));
        alerts.alertOverdue();
        assertThat(alertedAt(waiting)).isNull();

        clock.advance(Duration.ofDays(2));
        assertThat(alerts.alertOverdue()).isPositive();
        assertThat(alertedAt(waiting)).isNotNull();
        assertThat(alertedAt(answered)).isNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> alertsFor(broker, waiting) == 1);
        assertThat(message(broker, waiting)).isEqualTo("\u201cWaiting " + tag + "\u201d has waited 8 days for an "
                + "answer from a broker");
        // the next run does not alert again about the same wait
        alerts.alertOverdue();
        assertThat(alertsFor(broker, answered)).isZero();

        // reopened: a new wait, and a new alert once it too has gone on for 7 days
        as(broker.email(), "BROKER", () -> needs.claim(waiting));
        as(broker.email(), "BROKER", () -> needs.reopen(waiting));
        assertThat(alertedAt(waiting)).isNull();
        clock.advance(Duration.ofDays(7));
        alerts.alertOverdue();
        assertThat(alertedAt(waiting)).isNotNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> alertsFor(broker, waiting) == 2);
        alerts.alertOverdue();
        assertThat(alertsFor(broker, waiting)).isEqualTo(2);
        // members are not brokers: no alerts for them
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? "
                + "and kind = 'NEED_UNANSWERED'", Long.class, teacher.accountId())).isZero();
    }

    private long post(Someone author, String title, long institutionId) {
        return as(author.email(), "MEMBER", () -> needs.create(NeedServiceTest.draft(title, institutionId, null))).id();
    }

    private Object alertedAt(long needId) {
        return jdbc.queryForObject("select unanswered_alert_at from need where id = ?", Object.class, needId);
    }

    private long alertsFor(Someone broker, long needId) {
        return jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = 'NEED_UNANSWERED' "
                + "and link = ?", Long.class, broker.accountId(), "needs/" + needId);
    }

    private String message(Someone broker, long needId) {
        return as(broker.email(), "BROKER", () -> notifications.mine(0, 100)).items().stream()
                .filter(n -> n.link().equals("needs/" + needId)).findFirst().orElseThrow().message();
    }
}
