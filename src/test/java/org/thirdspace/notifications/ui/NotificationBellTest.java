package org.thirdspace.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.NotificationService;
import org.thirdspace.notifications.internal.NotificationDispatcher;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/** The bell in the header: count pushed from another thread, popover list, open marks read, mark all. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class NotificationBellTest extends SpringBrowserlessTest {

    static final String ME = "bell.view@view.example";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    NotificationService notifications;

    @Test
    @WithMockUser(username = ME, roles = "MEMBER")
    void countFollowsNewAndReadNotifications() throws Exception {
        long me = testAccounts.verified(ME, "Bea Bell", "Lantern-Pebble-Orchard-8").id();
        UI.getCurrent().navigate("notifications");
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.unread()).isZero();
        assertThat(bell.bell.getAriaLabel()).contains("Notifications, none unread");
        assertThat(bell.badge.isVisible()).isFalse();

        // delivered on another thread, as the module's listeners do: pushed to the open UI
        CompletableFuture.runAsync(() -> dispatcher.deliver(me, NotificationKind.INTRODUCTION_REQUESTED, null,
                "intro:bell", "introductions", "Cora Connector")).get();
        CompletableFuture.runAsync(() -> dispatcher.deliver(me, NotificationKind.SEAT_ASSIGNED, null,
                "seat:bell", "groups", "Secretary", "Wear Valley Hub")).get();
        runPushedUpdates();
        assertThat(bell.unread()).isEqualTo(2);
        assertThat(bell.bell.getAriaLabel()).contains("Notifications, 2 unread");
        assertThat(bell.badge.getText()).isEqualTo("2");

        bell.popover.open();
        roundTrip();
        Button intro = $(Button.class).withText("Cora Connector asks to be introduced to you").single();
        test(intro).click();
        assertThat(bell.unread()).isEqualTo(1);
        assertThat(getCurrentView()).isInstanceOf(org.thirdspace.introductions.ui.IntroductionsView.class);

        NotificationBell after = $(NotificationBell.class).single();
        after.popover.open();
        roundTrip();
        test($(Button.class).withId("notifications-bell-read-all").single()).click();
        assertThat(after.unread()).isZero();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(after.bell.getAriaLabel()).contains("Notifications, none unread");
    }

    static final String MENTIONED = "bell.mentioned@view.example";

    @Autowired
    org.thirdspace.forum.ForumService forum;
    @Autowired
    org.thirdspace.people.PeopleService people;
    @Autowired
    org.thirdspace.security.AccountProvisioning accounts;

    /** The acceptance check of issue 8: another member mentions me, my open bell rises; reading it, it falls. */
    @Test
    @WithMockUser(username = MENTIONED, roles = "MEMBER")
    void bellRisesWhenAnotherMemberMentionsYouAndFallsWhenRead() throws Exception {
        long account = testAccounts.verified(MENTIONED, "Mona Mentioned", "Lantern-Pebble-Orchard-8").id();
        long me = people.ensureProfile(account, "Mona Mentioned").id();
        var other = org.thirdspace.people.ProfileFixtures.person(accounts, people, "Otto Other");
        var mod = org.thirdspace.people.ProfileFixtures.person(accounts, people, "Bell Moderator",
                org.thirdspace.security.Role.MODERATOR);
        var category = org.thirdspace.forum.ForumFixtures.category(forum, mod, "Bell " + System.nanoTime());
        var topic = org.thirdspace.forum.ForumFixtures.topic(forum, other, category.forum(),
                org.thirdspace.forum.TopicKind.DISCUSSION, "Bell test partnership day", "Planning the day.");

        UI.getCurrent().navigate("");
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.unread()).isZero();

        // the other member posts in their own request (another thread); the listener runs after commit
        CompletableFuture.runAsync(() -> org.thirdspace.forum.ForumFixtures.reply(forum, other, topic.id(),
                "What do you think, @[Mona Mentioned](person:" + me + ")?")).get();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            runPushedUpdates();
            return bell.unread() == 1;
        });
        assertThat(bell.bell.getAriaLabel()).contains("Notifications, 1 unread");
        assertThat(bell.badge.getText()).isEqualTo("1");

        bell.popover.open();
        roundTrip();
        Button mention = $(Button.class).withText("Otto Other mentioned you in \u201cBell test partnership day\u201d")
                .single();
        test(mention).click();
        assertThat(bell.unread()).isZero();
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(org.thirdspace.forum.ui.TopicView.class);
    }

    /** Runs the UI.access tasks other threads queued, as the session's next request or push would. */
    static void runPushedUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
