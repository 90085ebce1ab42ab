package org.thirdspace.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedServiceTestAccess;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/** The home dashboard per role, without a browser, on the real services. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class HomeDashboardTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Lantern-Harbour-Quilt-7";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    NeedService needs;

    private List<String> panelIds() {
        return $(Section.class).all().stream().map(s -> s.getId().orElse("")).filter(id -> id.startsWith("home-"))
                .toList();
    }

    @Test
    @WithMockUser(username = "member@home-dashboard.test", roles = "MEMBER")
    void aMemberSeesTheirGroupsWatchedTopicsAndCollections() {
        long account = testAccounts.verified("member@home-dashboard.test", "Hana Home", PASSWORD).id();
        people.ensureProfile(account, "Hana Home");
        UI.getCurrent().navigate("");
        assertThat(panelIds()).containsExactly("home-groups", "home-watched-topics", "home-collections");
        Section groups = $(Section.class).withId("home-groups").single();
        assertThat(groups.getElement().getTextRecursively()).contains("You are not a member of any group yet.");
    }

    @Test
    @WithMockUser(username = "broker@home-dashboard.test", roles = { "MEMBER", "BROKER" })
    void aBrokerSeesTheUnansweredNeedsQueueFirst() {
        long account = testAccounts.verified("broker@home-dashboard.test", "Hal Broker", PASSWORD).id();
        people.ensureProfile(account, "Hal Broker");
        String tag = "Homequeue " + System.nanoTime();
        var partners = GroupFixtures.partners(accounts, people, institutions, tag);
        long id = as(partners.teacher().email(), "MEMBER", () -> needs.create(
                NeedServiceTestAccess.draft("Home queue need " + tag, partners.school().id()))).id();
        UI.getCurrent().navigate("");
        assertThat(panelIds()).startsWith("home-need-queue").contains("home-groups", "home-collections")
                .doesNotContain("home-moderation-queue");
        Section queue = $(Section.class).withId("home-need-queue").single();
        assertThat(queue.getElement().getTextRecursively()).contains("unanswered need");
        assertThat($(Anchor.class, queue).all()).extracting(Anchor::getHref).contains("needs/queue");
        // the queue page lists the new need
        UI.getCurrent().navigate("needs/queue");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<org.thirdspace.needs.QueuedNeed>) $(
                com.vaadin.flow.component.grid.Grid.class).withId("need-queue").single();
        assertThat(grid.getLazyDataView().getItems().map(q -> q.need().id())).contains(id);
    }

    @Test
    @WithMockUser(username = "moderator@home-dashboard.test", roles = { "MEMBER", "MODERATOR" })
    void aModeratorSeesQueueSizesAndDueReviews() {
        long account = testAccounts.verified("moderator@home-dashboard.test", "Mo Home", PASSWORD).id();
        people.ensureProfile(account, "Mo Home");
        UI.getCurrent().navigate("");
        assertThat(panelIds()).startsWith("home-moderation-queue", "home-reviews-due")
                .doesNotContain("home-need-queue");
        assertThat($(Section.class).withId("home-moderation-queue").single().getElement().getTextRecursively())
                .containsPattern("(No flagged items are waiting|One flagged item is waiting|\\d+ flagged items are waiting)");
        assertThat($(Section.class).withId("home-reviews-due").single().getElement().getTextRecursively())
                .containsPattern("in review; .*review date");
    }
}
