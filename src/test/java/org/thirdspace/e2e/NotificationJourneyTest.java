package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;

/**
 * The bell in Chromium: while a member has a page open, another member mentions her; the count
 * appears without a reload (server push over the real websocket or long polling), the bell's
 * accessible name says so, and opening the notification takes her to the post and clears it.
 */
class NotificationJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ForumService forum;

    @Test
    void theBellRisesLiveOnAMentionAndFallsWhenRead() {
        Someone mona = ProfileFixtures.person(accounts, people, "Morwenna Bellringer");
        Someone otto = ProfileFixtures.person(accounts, people, "Tristan Mentioner");
        Someone mod = ProfileFixtures.person(accounts, people, "Bell Journey Moderator", Role.MODERATOR);
        var category = ForumFixtures.category(forum, mod, "Bell journey " + System.nanoTime());
        var topic = ForumFixtures.topic(forum, otto, category.forum(), TopicKind.DISCUSSION,
                "Planning the bell-journey partnership day", "Who can help?");

        page.navigate(url("login"));
        page.locator("input[name=username]").fill(mona.email());
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
        settle();
        page.navigate(url("forum"));
        settle();
        assertThat(page.locator("#notifications-bell")).hasAttribute("aria-label", "Notifications, none unread");
        assertThat(page.locator("#notifications-bell-count")).isHidden();

        // another member mentions her while her page stays open: no reload, the count arrives by push
        ForumFixtures.reply(forum, otto, topic.id(),
                "@[Morwenna Bellringer](person:" + mona.personId() + ") could you bring the microscopes?");
        assertThat(page.locator("#notifications-bell-count")).hasText("1");
        assertThat(page.locator("#notifications-bell")).hasAttribute("aria-label", "Notifications, 1 unread");

        // by keyboard (the development-mode banner covers the header's right end in tests)
        page.locator("#notifications-bell").focus();
        page.keyboard().press("Enter");
        var item = page.locator("#notifications-bell-list vaadin-button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Tristan Mentioner mentioned you in \u201cPlanning the bell-journey partnership day\u201d"));
        assertThat(item).isVisible();
        item.focus();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/forum/t/" + topic.id() + "\\?post=2.*"));
        settle();
        assertThat(page.locator("#notifications-bell-count")).isHidden();
        assertThat(page.locator("#notifications-bell")).hasAttribute("aria-label", "Notifications, none unread");
    }
}
