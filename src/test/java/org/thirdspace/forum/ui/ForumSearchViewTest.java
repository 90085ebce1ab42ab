package org.thirdspace.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumSearch;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The forum search page without a browser, on the real search index: hits with highlighted
 * words, facet counts, a filter from the URL, and a private group's topic that a non-member
 * never finds.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class ForumSearchViewTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Thistle-Meteor-Basket-5";

    @Autowired
    ForumService forums;
    @Autowired
    ForumSearch search;
    @Autowired
    GroupService groups;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static String token() {
        StringBuilder sb = new StringBuilder("fs");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "searcher@forum-ui.test", roles = "MEMBER")
    void hitsAreHighlightedFilteredByTheUrlAndNeverFromAPrivateGroup() {
        testAccounts.verified("searcher@forum-ui.test", "Sam Searcher", PASSWORD);
        String token = token();
        Someone moderator = person(accounts, people, "Mina Moderator", Role.MODERATOR);
        Category category = as(moderator.email(), "MODERATOR", () -> forums.createCategory(new CategoryDraft(
                "search-" + token, "Search " + token, null, CategoryVisibility.PUBLIC, null, false)));
        Someone asker = person(accounts, people, "Quin Asker");
        Someone helper = person(accounts, people, "Hal Helper");
        TopicDetails solved = ForumFixtures.topic(forums, asker, category.forum(), TopicKind.QUESTION,
                "Counting limpets " + token, "How do we count " + token + " limpets on a rock?", "limpets");
        Post answer = ForumFixtures.reply(forums, helper, solved.id(), "Use a quadrat: " + token + " works well.");
        as(asker.email(), "MEMBER", () -> forums.accept(solved.id(), answer.id()));
        TopicDetails open = ForumFixtures.topic(forums, asker, category.forum(), TopicKind.QUESTION,
                "Crabs " + token, "Where are the " + token + " crabs at low tide?");
        GroupFixtures.Partners[] partners = new GroupFixtures.Partners[1];
        GroupDetails group = ForumFixtures.group(groups, accounts, people, institutions, "Closed " + token,
                GroupVisibility.PRIVATE, partners);
        TopicDetails hidden = ForumFixtures.topic(forums, partners[0].teacher(), ForumKey.group(group.id()),
                TopicKind.DISCUSSION, "Secret " + token, "Our " + token + " plans.");
        // all three are indexed (a member of the group finds all) before the outsider searches
        await().atMost(Duration.ofSeconds(30)).until(() -> as(partners[0].teacher().email(), "MEMBER",
                () -> search.search(ForumSearchQuery.text(token)).total()) == 3
                && as(asker.email(), "MEMBER", () -> search.search(new ForumSearchQuery(token, null, null, null,
                        Boolean.TRUE, null, 0, 20)).total()) == 1);

        UI.getCurrent().navigate(ForumSearchView.class, QueryParameters.of(ForumSearchView.TEXT, token));
        ForumSearchView view = (ForumSearchView) getCurrentView();
        assertThat(view.search.getValue()).isEqualTo(token);
        assertThat(view.status.getText()).isEqualTo("2 topics found");
        String results = text(view.results);
        assertThat(results).contains("Counting limpets " + token, "Crabs " + token).doesNotContain("Secret");
        assertThat($(Component.class).withId("forum-hit-" + hidden.id()).exists()).isFalse();
        String html = view.results.getElement().getOuterHTML();
        assertThat(html).contains("<mark>" + token + "</mark>");
        assertThat(view.facets.get("category").getItemLabelGenerator().apply(Long.toString(category.id())))
                .isEqualTo("Search " + token + " (2)");
        assertThat(view.facets.get("group").isVisible()).isFalse();

        UI.getCurrent().navigate(ForumSearchView.class, QueryParameters.simple(Map.of(ForumSearchView.TEXT, token,
                ForumSearchView.SOLVED, "true")));
        view = (ForumSearchView) getCurrentView();
        assertThat(view.status.getText()).isEqualTo("1 topic found");
        assertThat(text(view.results)).contains("Counting limpets " + token, "Solved").doesNotContain("Crabs");
        assertThat(view.facets.get("solved").getValue()).isEqualTo("true");

        // a filter that is not one is dropped with a message
        UI.getCurrent().navigate(ForumSearchView.class, QueryParameters.simple(Map.of(ForumSearchView.TEXT, token,
                ForumSearchView.CATEGORY, "many")));
        view = (ForumSearchView) getCurrentView();
        assertThat(view.problem.getText()).isEqualTo("\u201ccategory=many\u201d is not a valid filter, so it was left out.");
        assertThat(view.status.getText()).isEqualTo("2 topics found");
        assertThat(List.of(open.id(), solved.id())).allMatch(id -> $(Component.class).withId("forum-hit-" + id).exists());
    }
}
