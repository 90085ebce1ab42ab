package org.thirdspace.everywhere.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.everywhere.EverywhereQuery;
import org.thirdspace.everywhere.SearchEverywhere;
import org.thirdspace.everywhere.EverywhereFixtures;
import org.thirdspace.everywhere.SearchType;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The header's search box without a browser: text in {@code global-search}, the search button,
 * and the results view with a tab list whose tabs show counts, the results panel labelled by the
 * selected tab, highlighted hits, and a tab change showing that type's page.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchEverywhere search;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    GroupService groups;

    @Test
    @WithMockUser(username = "searcher@everywhere-ui.test", roles = "MEMBER")
    void theHeaderBoxLeadsToTabsWithCountsAndHighlightedResults() {
        String word = EverywhereFixtures.token("zu");
        var partners = GroupFixtures.partners(accounts, people, institutions, EverywhereFixtures.token("Ui "));
        GroupDetails group = as(partners.teacher().email(), "MEMBER", () -> groups.create(new GroupDraft(
                GroupKind.NETWORK, "Riverside " + word + " network", "Sharing " + word + " across the valley.",
                "Be kind.", GroupVisibility.PUBLIC, JoinPolicy.REQUEST, null,
                List.of(partners.school().id(), partners.university().id()), Set.of(), Set.of(), Set.of(), null,
                partners.school().id())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                search.search(EverywhereQuery.of(word)).counts().get(SearchType.GROUPS) == 1);

        UI.getCurrent().navigate("");
        TextField box = $(TextField.class).withId("global-search").single();
        assertThat(box.getAriaLabel()).contains("Search everywhere");
        test(box).setValue(word);
        test($(Button.class).withId("global-search-submit").single()).click();

        SearchView view = (SearchView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("Results for \u201c" + word + "\u201d");
        assertThat(view.field.getValue()).isEqualTo(word);
        Tabs tabs = $(Tabs.class).single();
        assertThat(tabs.getElement().getAttribute("aria-label")).isEqualTo("Result types");
        assertThat($(Tab.class).withId("search-tab-all").single().getLabel()).isEqualTo("All (1)");
        assertThat($(Tab.class).withId("search-tab-groups").single().getLabel()).isEqualTo("Groups (1)");
        assertThat($(Tab.class).withId("search-tab-people").single().getLabel()).isEqualTo("People (0)");
        assertThat($(Tab.class).withId("search-tab-case-studies").single().getLabel()).isEqualTo("Case studies (0)");
        assertThat($(Tab.class).withId("search-tab-topics").single().getLabel()).isEqualTo("Forum topics (0)");
        assertThat($(Tab.class).withId("search-tab-collections").single().getLabel()).isEqualTo("Collections (0)");
        assertThat($(Tab.class).withId("search-tab-needs").single().getLabel()).isEqualTo("Needs (0)");
        assertThat(tabs.getSelectedTab().getId()).contains("search-tab-all");

        Div results = $(Div.class).withId("search-results").single();
        assertThat(results.getElement().getAttribute("role")).isEqualTo("tabpanel");
        assertThat(results.getElement().getAttribute("aria-labelledby")).isEqualTo("search-tab-all");
        Anchor hit = $(Anchor.class, results).withText("Riverside " + word + " network").single();
        assertThat(hit.getHref()).isEqualTo("groups/" + group.id());
        assertThat(results.getElement().getOuterHTML()).contains("<mark>" + word + "</mark>");

        // choosing the groups tab shows that type's page and keeps the counts
        test(tabs).select(tabs.indexOf($(Tab.class).withId("search-tab-groups").single()));
        SearchView groupsView = (SearchView) getCurrentView();
        assertThat(groupsView.tabs.getSelectedTab().getId()).contains("search-tab-groups");
        assertThat($(Div.class).withId("search-results").single().getElement().getAttribute("aria-labelledby"))
                .isEqualTo("search-tab-groups");
        assertThat($(Tab.class).withId("search-tab-all").single().getLabel()).isEqualTo("All (1)");
        assertThat(groupsView.status.getText()).isEqualTo("Groups (1) found.");

        // an empty box leads to the view's instructions, not to an error
        UI.getCurrent().navigate("search");
        assertThat(((SearchView) getCurrentView()).status.getText()).startsWith("Type a word");
    }
}
