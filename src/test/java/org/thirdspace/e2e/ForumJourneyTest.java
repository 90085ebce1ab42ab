package org.thirdspace.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;

import com.microsoft.playwright.Locator;

/**
 * The forum story in Chromium: a member asks a question, another member answers and mentions
 * her through the "mention someone" box (typed and chosen with the keyboard), and she accepts
 * the answer, which then shows under her question.
 */
class ForumJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "Quiet-Lighthouse-42";
    private static final String TITLE = "How do we run a rock-pool survey at high tide?";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ForumService forums;

    @Test
    void askAnswerWithAMentionAndAccept() {
        Someone asker = ProfileFixtures.person(accounts, people, "Elowen Penrose");
        Someone answerer = ProfileFixtures.person(accounts, people, "Jago Trevithick");
        Someone moderator = ProfileFixtures.person(accounts, people, "Demelza Moderator", Role.MODERATOR);
        String slug = "shore-science-" + System.nanoTime();
        Category category = TestAccounts.as(moderator.email(), "MODERATOR", () -> forums.createCategory(
                new CategoryDraft(slug, "Shore science " + slug.substring(14), "Surveys on the shore.",
                        CategoryVisibility.MEMBERS, null, false)));

        // 1. the asker starts a question from the category, with a live preview of her Markdown
        login(asker.email());
        page.navigate(url("forum/c/" + slug));
        settle();
        page.locator("#forum-new-topic").click();
        settle();
        page.waitForURL(Pattern.compile(".*/forum/new\\?forum=category(:|%3A)" + category.id()));
        page.locator("#forum-new-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Question"))
                .click();
        page.locator("#forum-new-title input").fill(TITLE);
        page.locator("#forum-new-body textarea")
                .fill("The tide is high during the **school day**. What can Year 5 still do?");
        page.locator("#forum-new-body textarea").blur();
        settle();
        assertThat(page.locator("#forum-new-body-preview strong")).hasText("school day");
        page.locator("#forum-new-tags input").fill("rock-pools, year-5");
        page.locator("#forum-new-post").click();
        settle();
        page.waitForURL(Pattern.compile(".*/forum/t/[0-9]+.*"));
        Matcher id = Pattern.compile("forum/t/([0-9]+)").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        long topicId = Long.parseLong(id.group(1));
        assertThat(page.locator("#forum-topic-title")).hasText(TITLE);
        assertThat(page.locator("#forum-topic-markers")).containsText("Question, unanswered");
        logout();

        // 2. another member answers and mentions her, choosing her name in the autocomplete
        login(answerer.email());
        page.navigate(url("forum/t/" + topicId));
        settle();
        Locator reply = page.locator("#forum-reply textarea");
        reply.fill("Try the strandline instead: it is there at any tide.");
        Locator mention = page.locator("#forum-reply-mention input");
        mention.click();
        // the whole surname narrows it to her: other tests have people called Elowen too
        mention.pressSequentially("Elowen Penr", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator option = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText("Elowen Penrose"));
        assertThat(option.first()).isVisible();
        assertThat(page.locator("vaadin-combo-box-item")).hasCount(1);
        mention.press("ArrowDown");
        mention.press("Enter");
        settle();
        assertThat(reply).hasValue(Pattern.compile(".*@\\[Elowen Penrose\\]\\(person:" + asker.personId() + "\\).*",
                Pattern.DOTALL));
        page.locator("#forum-reply-post").click();
        settle();
        page.waitForURL(Pattern.compile(".*/forum/t/" + topicId + "\\?post=2"));
        assertThat(page.locator("#post-2-body")).containsText("strandline");
        assertThat(page.locator("#post-2-body a[href*='people/" + asker.personId() + "']")).containsText("Elowen Penrose");
        logout();

        // 3. the asker accepts the answer; it shows under her question
        login(asker.email());
        page.navigate(url("forum/t/" + topicId));
        settle();
        page.locator("#post-2-accept").click();
        settle();
        Locator accepted = page.locator("#forum-accepted");
        assertThat(accepted).isVisible();
        assertThat(accepted).containsText("Accepted answer");
        assertThat(accepted).containsText("Jago Trevithick");
        assertThat(accepted).containsText("strandline");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                "() => document.getElementById('post-1').nextElementSibling.id")).isEqualTo("forum-accepted");
        assertThat(page.locator("#forum-topic-markers")).containsText("Solved");
        assertThat(page.locator("#post-2-unaccept")).isVisible();
    }

    private void login(String email) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState();
        settle();
    }

    private void logout() {
        page.context().clearCookies();
    }
}
