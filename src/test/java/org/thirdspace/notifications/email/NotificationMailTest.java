package org.thirdspace.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.mail.TestSmtp;
import org.thirdspace.notifications.Delivery;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.internal.DeliverySettings;
import org.thirdspace.notifications.internal.NotificationDispatcher;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.MutableClock;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Notification email against a real SMTP server in the test JVM (GreenMail): immediate mails,
 * digests, an SMTP outage, and one-click unsubscribe. The schedules are off in tests
 * (application-test.yaml): each test runs the sender and the digests itself.
 */
@IntegrationTest
class NotificationMailTest {

    @Autowired
    TestSmtp smtp;
    @Autowired
    NotificationMailSender sender;
    @Autowired
    NotificationDigests digests;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    DeliverySettings settings;
    @Autowired
    ForumService forum;
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

    GreenMail server;

    @BeforeEach
    void smtpOn() {
        // mail queued by earlier tests in this JVM goes to the dev mailbox first (the schedule is
        // off in tests), so each test's SMTP server only sees its own
        sender.sendPending();
        server = smtp.on();
    }

    @AfterEach
    void smtpOff() {
        smtp.off();
    }

    private Someone member(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    static List<MimeMessage> to(GreenMail server, String email) throws Exception {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email))) {
                result.add(m);
            }
        }
        return result;
    }

    /** The plain-text and HTML parts of a multipart/alternative mail (nested in a related/mixed part or not). */
    static Map<String, String> parts(MimeMessage message) throws Exception {
        Map<String, String> found = new java.util.HashMap<>();
        collect(message.getContent(), found);
        return found;
    }

    private static void collect(Object content, Map<String, String> found) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    found.put("text", (String) part.getContent());
                } else if (part.isMimeType("text/html")) {
                    found.put("html", (String) part.getContent());
                } else {
                    collect(part.getContent(), found);
                }
            }
        }
    }

    @Test
    void aMentionProducesOneImmediateEmailWithUnsubscribeHeaders() throws Exception {
        Someone named = member("Malvern Mentioned");
        Someone writer = member("Malvern Writer");
        Someone mod = member("Malvern Moderator", Role.MODERATOR);
        var category = ForumFixtures.category(forum, mod, "Malvern " + System.nanoTime());
        var topic = ForumFixtures.topic(forum, writer, category.forum(), TopicKind.DISCUSSION,
                "Malvern hills fieldwork", "Who has done it?");
        ForumFixtures.reply(forum, writer, topic.id(), "@[Malvern Mentioned](person:" + named.personId()
                + ") led it last year.");

        // the mention is stored (and its mail queued) by a listener after the reply commits
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            sender.sendPending();
            return !to(server, named.email()).isEmpty();
        });
        sender.sendPending();
        List<MimeMessage> received = to(server, named.email());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject()).contains("Malvern Writer mentioned you");
        Map<String, String> parts = parts(mail);
        assertThat(parts.get("text")).contains("Malvern Writer mentioned you in \u201cMalvern hills fieldwork\u201d")
                .contains("/forum/t/" + topic.id() + "?post=2");
        assertThat(parts.get("html")).contains("Malvern hills fieldwork").contains("forum/t/" + topic.id());
        assertThat(mail.getHeader("List-Unsubscribe")).singleElement().asString()
                .matches("<https?://[^>]+/unsubscribe\\?token=[^>]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(mail.getMessageID()).isNotBlank();
        // the writer, who did it, gets nothing
        assertThat(to(server, writer.email())).isEmpty();
    }

    @Test
    void aDigestBundlesADaysItemsIntoOneEmail() throws Exception {
        Someone reader = member("Bredon Reader");
        settings.set(reader.accountId(), NotificationKind.ANSWER_ACCEPTED, Delivery.IN_APP);
        settings.set(reader.accountId(), NotificationKind.JOIN_REQUEST_ANSWERED, Delivery.OFF);
        String tag = "bredon-" + System.nanoTime();
        dispatcher.deliver(reader.accountId(), NotificationKind.TOPIC_REPLY, null, tag + ":1", "forum/t/1",
                "Ann Author", "Bredon timetable");
        dispatcher.deliver(reader.accountId(), NotificationKind.SEAT_ASSIGNED, null, tag + ":2", "groups/1",
                "Bredon link tutor", "Bredon hub");
        dispatcher.deliver(reader.accountId(), NotificationKind.COLLECTION_ITEM_ADDED, null, tag + ":3",
                "collections/bredon", "Bredon science week", "Bredon clubs");
        dispatcher.deliver(reader.accountId(), NotificationKind.ANSWER_ACCEPTED, null, tag + ":4", "forum/t/1",
                "Ivy InApp", "Bredon in-app only");
        dispatcher.deliver(reader.accountId(), NotificationKind.JOIN_REQUEST_ANSWERED, "approved", tag + ":5",
                "groups/1", "Bredon switched off");

        // nothing is mailed at once: these kinds go to the digest
        sender.sendPending();
        assertThat(to(server, reader.email())).isEmpty();

        digests.sendDueDigests();
        sender.sendPending();
        List<MimeMessage> received = to(server, reader.email());
        assertThat(received).hasSize(1);
        String text = parts(received.getFirst()).get("text");
        assertThat(text).contains("Ann Author replied in \u201cBredon timetable\u201d")
                .contains("You now hold the seat \u201cBredon link tutor\u201d in Bredon hub")
                .contains("\u201cBredon science week\u201d was added to the collection \u201cBredon clubs\u201d")
                .doesNotContain("Bredon in-app only").doesNotContain("Bredon switched off");

        // a second run the same day, and the next day with nothing new, send nothing more
        digests.sendDueDigests();
        sender.sendPending();
        clock.advance(Duration.ofDays(1));
        try {
            digests.sendDueDigests();
            sender.sendPending();
        } finally {
            clock.advance(Duration.ofDays(-1));
        }
        assertThat(to(server, reader.email())).hasSize(1);
    }

    @Test
    void anSmtpOutageDelaysMailButDeliversEachExactlyOnce() throws Exception {
        Someone first = member("Clee First");
        Someone second = member("Clee Second");
        String tag = "clee-" + System.nanoTime();
        dispatcher.deliver(first.accountId(), NotificationKind.INTRODUCTION_REQUESTED, null, tag + ":1",
                "introductions", "Clee Asker One");
        sender.sendPending();
        List<MimeMessage> before = to(server, first.email());
        assertThat(before).hasSize(1);
        // GreenMail forgets what it received when it stops: keep the first id now
        List<String> ids = new ArrayList<>();
        ids.add(before.getFirst().getMessageID());

        // the server goes away while more mail is due
        smtp.stopServer();
        dispatcher.deliver(first.accountId(), NotificationKind.INTRODUCTION_REQUESTED, null, tag + ":2",
                "introductions", "Clee Asker Two");
        dispatcher.deliver(second.accountId(), NotificationKind.INTRODUCTION_REQUESTED, null, tag + ":3",
                "introductions", "Clee Asker Three");
        dispatcher.deliver(second.accountId(), NotificationKind.HANDOVER_OVERDUE, null, tag + ":4",
                "handovers/1", "Clee seat", "Clee hub");
        sender.sendPending();
        List<Map<String, Object>> waiting = jdbc.queryForList(
                "select status, attempts from notification_mail where account_id in (?, ?) and status <> 'SENT'",
                first.accountId(), second.accountId());
        assertThat(waiting).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        });
        // not retried before the back-off
        GreenMail restarted = smtp.restartServer();
        sender.sendPending();
        assertThat(to(restarted, second.email())).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        try {
            sender.sendPending();
            sender.sendPending();
        } finally {
            clock.advance(Duration.ofMinutes(-5));
        }
        List<MimeMessage> firstAfter = to(restarted, first.email());
        List<MimeMessage> secondAfter = to(restarted, second.email());
        assertThat(firstAfter).hasSize(1);
        assertThat(secondAfter).hasSize(2);
        assertThat(GreenMailUtil.getBody(firstAfter.getFirst()) + parts(firstAfter.getFirst()).get("text"))
                .contains("Clee Asker Two");
        for (MimeMessage m : firstAfter) {
            ids.add(m.getMessageID());
        }
        for (MimeMessage m : secondAfter) {
            ids.add(m.getMessageID());
        }
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from notification_mail where account_id in (?, ?) "
                + "and status = 'SENT'", Long.class, first.accountId(), second.accountId())).isEqualTo(4);
    }

    @Test
    void theUnsubscribeLinkSwitchesThatKindOffLoggedOut() throws Exception {
        Someone reader = member("Wrekin Reader");
        dispatcher.deliver(reader.accountId(), NotificationKind.REVIEW_REQUESTED, null,
                "wrekin-" + System.nanoTime(), "case-studies/1", "Wrekin Author", "Wrekin tutoring");
        sender.sendPending();
        MimeMessage mail = to(server, reader.email()).getFirst();
        String header = mail.getHeader("List-Unsubscribe")[0];
        String url = header.substring(1, header.length() - 1);
        String token = url.substring(url.indexOf("token=") + "token=".length());
        assertThat(parts(mail).get("text")).contains(url);

        // the page says what it stops; a mail client's one-click POST has no session and no CSRF token
        mvc.perform(get("/unsubscribe").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Case-study reviews requested of you")));
        mvc.perform(post("/unsubscribe").param("token", token)).andExpect(status().isOk());
        assertThat(settings.delivery(reader.accountId(), NotificationKind.REVIEW_REQUESTED)).isEqualTo(Delivery.OFF);
        assertThat(settings.delivery(reader.accountId(), NotificationKind.MENTION)).isEqualTo(Delivery.IMMEDIATE);

        // switched off: the next review request is neither stored nor mailed
        assertThat(dispatcher.deliver(reader.accountId(), NotificationKind.REVIEW_REQUESTED, null,
                "wrekin-again-" + System.nanoTime(), "case-studies/1", "Wrekin Author", "Wrekin again")).isEmpty();
        sender.sendPending();
        assertThat(to(server, reader.email())).hasSize(1);

        // a changed token is refused with a page that says so, not an error
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        mvc.perform(get("/unsubscribe").param("token", tampered)).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("This unsubscribe link is not valid")));
        mvc.perform(post("/unsubscribe").param("token", tampered)).andExpect(status().isBadRequest());
    }
}
