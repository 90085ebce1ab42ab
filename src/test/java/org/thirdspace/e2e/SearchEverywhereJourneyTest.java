package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.everywhere.EverywhereFixtures;
import org.thirdspace.everywhere.EverywhereQuery;
import org.thirdspace.everywhere.SearchEverywhere;
import org.thirdspace.everywhere.SearchType;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;

/**
 * Search everywhere in Chromium, by keyboard: the header box and Enter, focus on the results
 * heading, a tab list with counts (a private group with the same word is not counted), Down from a
 * tab into the results, Up and Down between them and back to the tab, another tab chosen with the
 * arrow keys and Enter, and a result opened with Enter.
 */
class SearchEverywhereJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    InstitutionService institutions;
    @Autowired
    GroupService groups;
    @Autowired
    ForumService forum;
    @Autowired
    SearchEverywhere search;

    private GroupDetails group(Someone facilitator, GroupFixtures.Partners p, String name, String purpose,
            GroupVisibility visibility) {
        return as(facilitator.email(), "MEMBER", () -> groups.create(new GroupDraft(GroupKind.NETWORK, name, purpose,
                "Be kind.", visibility, JoinPolicy.REQUEST, null, List.of(p.school().id(), p.university().id()),
                Set.of(), Set.of(), Set.of(), null, p.school().id())));
    }

    @Test
    void headerBoxTabsAndResultsByKeyboard() {
        String word = EverywhereFixtures.token("zj");
        var partners = GroupFixtures.partners(accounts, people, institutions, EverywhereFixtures.token("Kbd "));
        Someone moderator = ProfileFixtures.person(accounts, people, "Kit Moderator", Role.MODERATOR);
        Someone reader = ProfileFixtures.person(accounts, people, "Rhian Reader");
        GroupDetails open = group(partners.teacher(), partners, "Estuary " + word + " network",
                "Sharing " + word + " ideas along the estuary.", GroupVisibility.PUBLIC);
        group(partners.teacher(), partners, "Secret " + word + " circle", "Private " + word + " planning.",
                GroupVisibility.PRIVATE);
        Category category = ForumFixtures.category(forum, moderator, EverywhereFixtures.token("kbd"));
        ForumFixtures.topic(forum, partners.tutor(), ForumKey.category(category.id()), TopicKind.QUESTION,
                "Who runs " + word + " clubs?", "Looking for " + word + " club leaders.");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(reader.email(), "MEMBER", () -> search.search(EverywhereQuery.of(word))).total() == 2);

        login(reader.email());
        Locator box = page.locator("#global-search input");
        box.fill(word);
        box.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=" + word + "$"));
        settle();
        Locator heading = page.locator("#search-heading");
        assertThat(heading).hasText("Results for \u201c" + word + "\u201d");
        assertThat(heading).isFocused();

        Locator tablist = page.getByRole(AriaRole.TABLIST, new GetByRoleOptions().setName("Result types"));
        assertThat(tablist).isVisible();
        assertThat(page.locator("#search-tab-all")).hasText("All (2)");
        assertThat(page.locator("#search-tab-groups")).hasText("Groups (1)");
        assertThat(page.locator("#search-tab-topics")).hasText("Forum topics (1)");
        assertThat(page.locator("#search-tab-people")).hasText("People (0)");
        assertThat(page.locator("#search-tab-groups")).hasAttribute("role", "tab");
        Locator panel = page.locator("#search-results");
        assertThat(panel).hasAttribute("role", "tabpanel");
        assertThat(panel).hasAttribute("aria-labelledby", "search-tab-all");
        assertThat(panel.locator("mark").first()).hasText(word);

        // Down from the selected tab into the results, Up and Down between them, Up back to the tab
        page.locator("#search-tab-all").focus();
        page.keyboard().press("ArrowDown");
        Locator links = panel.locator("a.ts-everywhere-link");
        assertThat(links).hasCount(2);
        assertThat(links.nth(0)).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(links.nth(1)).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(links.nth(0)).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(page.locator("#search-tab-all")).isFocused();

        // Right, Right reaches the groups tab; Enter chooses it: its page, the focus stays on the tab
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#search-tab-groups")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?.*type=groups.*"));
        settle();
        assertThat(page.locator("#search-tab-groups")).hasAttribute("selected", "");
        assertThat(panel).hasAttribute("aria-labelledby", "search-tab-groups");
        assertThat(page.locator("#search-status")).hasText("Groups (1) found.");
        assertThat(page.locator("#search-tab-groups")).isFocused();

        // into the single group result and open it with Enter
        page.keyboard().press("ArrowDown");
        Locator only = panel.locator("a.ts-everywhere-link");
        assertThat(only).hasCount(1);
        assertThat(only).isFocused();
        assertThat(only).hasText("Estuary " + word + " network");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/groups/" + open.id() + "$"));
    }

    private void login(String email) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
        settle();
    }
}
