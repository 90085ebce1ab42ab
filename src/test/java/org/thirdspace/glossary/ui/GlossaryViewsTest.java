package org.thirdspace.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.glossary.GlossaryDraft;
import org.thirdspace.glossary.GlossaryEntry;
import org.thirdspace.glossary.GlossaryService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The glossary without a browser on the real services: a case-study page marks the first
 * glossary term of the page, and a moderator adds a term in the glossary editor.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class GlossaryViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Thistle-Meteor-Basket-5";

    @Autowired
    GlossaryService glossary;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static String word() {
        StringBuilder sb = new StringBuilder("zv");
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    @WithMockUser(username = "reader@glossary-ui.test", roles = "MEMBER")
    void aCaseStudyPageMarksTheFirstGlossaryTermWithItsDefinition() {
        testAccounts.verified("reader@glossary-ui.test", "Rhian Reader", PASSWORD);
        String word = word();
        GlossaryEntry term = as("moderator@glossary-ui.test", "MODERATOR", () -> glossary.create(new GlossaryDraft(
                word + " tutor", "A tutor who visits <b>schools</b>.", List.of(word + " visitor"), List.of())));
        try {
            Someone author = ProfileFixtures.person(accounts, people, "Glyn Author");
            Someone moderator = ProfileFixtures.person(accounts, people, "Glenys Moderator", Role.MODERATOR);
            CaseStudyDraft draft = CaseStudyDraft.of("Marked " + word, "Our " + word.toUpperCase() + " Tutor came.",
                    Map.of(CaseStudyField.PROBLEM, "## The " + word + " tutor\n\nA " + word + " tutor and a "
                            + word + " visitor, see [" + word + " tutor](https://example.org).",
                            CaseStudyField.LESSONS, "Every " + word + " tutor helps."));
            CaseStudyDetails published = CaseStudyFixtures.published(caseStudies, author, moderator, draft);

            UI.getCurrent().navigate("case-studies/" + published.id());

            Div summary = $(Div.class).withId("cs-summary").single();
            Document summaryHtml = Jsoup.parseBodyFragment(summary.getElement().getProperty("innerHTML"));
            assertThat(summaryHtml.select("button.ts-glossary-term").eachText()).containsExactly(word.toUpperCase() + " Tutor");
            String tipId = summaryHtml.selectFirst("button").attr("aria-describedby");
            assertThat(summaryHtml.getElementById(tipId).attr("role")).isEqualTo("tooltip");
            assertThat(summaryHtml.getElementById(tipId).text())
                    .isEqualTo(word + " tutor: A tutor who visits <b>schools</b>.");
            // marked once per page: the fields below leave the term (and its synonym) alone
            String problem = $(Div.class).withId("cs-body-problem").single().getElement().getProperty("innerHTML");
            String lessons = $(Div.class).withId("cs-body-lessons").single().getElement().getProperty("innerHTML");
            assertThat(problem).doesNotContain("ts-glossary");
            assertThat(lessons).doesNotContain("ts-glossary");
        } finally {
            as("moderator@glossary-ui.test", "MODERATOR", () -> glossary.delete(term.id()));
        }
    }

    @Test
    @WithMockUser(username = "editor@glossary-ui.test", roles = {"MEMBER", "MODERATOR"})
    void aModeratorAddsATermInTheGlossaryEditor() {
        testAccounts.verified("editor@glossary-ui.test", "Eira Editor", PASSWORD);
        String word = word();
        GlossaryView view = navigate(GlossaryView.class);
        test($(Button.class).withId("glossary-add").single()).click();
        test($(TextField.class).withId("glossary-field-term").single()).setValue(word + " Trust");
        test($(Button.class).withId("glossary-save").single()).click();
        TextArea definition = $(TextArea.class).withId("glossary-field-definition").single();
        assertThat(definition.isInvalid()).isTrue();
        assertThat(definition.getErrorMessage()).isEqualTo("Give a definition.");
        test(definition).setValue("A group of academies run together.");
        test($(TextArea.class).withId("glossary-field-synonyms").single()).setValue(word + " MAT\n\n");
        test($(Button.class).withId("glossary-save").single()).click();

        GlossaryEntry saved = glossary.search(word, 0, 5).items().getFirst();
        try {
            assertThat(saved.term()).isEqualTo(word + " Trust");
            assertThat(saved.synonyms()).containsExactly(word + " MAT");
            test(view.search).setValue(word + " mat");
            assertThat(view.results.getElement().getOuterHTML()).contains(word + " Trust",
                    "A group of academies run together.", "Also called: " + word + " MAT");
        } finally {
            glossary.delete(saved.id());
        }
    }
}
