package org.thirdspace.casestudies.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The case-study views without a browser, on the real services and database: writing a case
 * study in the editor, a stale save that opens the conflict panel and is then merged and saved,
 * a draft that another member cannot open, and a comparison that shows markup as text.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class CaseStudyViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Thistle-Meteor-Basket-5";

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static String token() {
        StringBuilder sb = new StringBuilder("qx");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static CaseStudyDraft draft(String title, Map<CaseStudyField, String> fields) {
        return CaseStudyDraft.of(title, "How a " + title + " came about.", fields);
    }

    // ------------------------------------------------------------------ editor

    @Test
    @WithMockUser(username = "writer@cs-ui.test", roles = "MEMBER")
    void theEditorWritesACaseStudyWithALivePreview() {
        testAccounts.verified("writer@cs-ui.test", "Wren Writer", PASSWORD);
        String title = "Reading " + token() + " partners";

        CaseStudyEditorView editor = navigate(CaseStudyEditorView.class);
        CaseStudyForm form = editor.form;
        test($(Button.class).withId("cs-save").single()).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Give the case study a title of at most 200 characters.");

        // a title that is taken: the service's error shows at the title field
        String taken = "Taken " + token() + " title";
        caseStudies.create(draft(taken, Map.of()));
        test(form.title).setValue(taken);
        test($(Button.class).withId("cs-save").single()).click();
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage())
                .isEqualTo("Another case study already has this title. Choose a different one.");

        test(form.title).setValue(title);
        test(form.summary).setValue("Year 5 pupils read with trainee teachers every week.");
        test(form.fields.get(CaseStudyField.PROBLEM)).setValue("Pupils read **too little** at home.");
        assertThat(form.previews.get(CaseStudyField.PROBLEM).getElement().getProperty("innerHTML"))
                .contains("<strong>too little</strong>");
        test(form.fields.get(CaseStudyField.LESSONS)).setValue("Start in the autumn term.");
        test(form.editSummary).setValue("first version");
        test($(Button.class).withId("cs-save").single()).click();

        CaseStudyView page = (CaseStudyView) getCurrentView();
        assertThat(page.heading.getText()).isEqualTo(title);
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("cs-status").single().getElement()
                .getTextRecursively()).isEqualTo("Draft");
        assertThat($(ArticleTab.class).single().getElement().getOuterHTML())
                .contains("<strong>too little</strong>", "Start in the autumn term.");
        assertThat($(Button.class).withId("cs-submit").exists()).isTrue();

        CaseStudyDetails saved = caseStudies.mine().stream().filter(s -> s.title().equals(title)).findFirst()
                .flatMap(s -> caseStudies.details(s.id())).orElseThrow();
        assertThat(saved.status()).isEqualTo(CaseStudyStatus.DRAFT);
        assertThat(saved.headRevision()).isEqualTo(1);
        assertThat(saved.revision().field(CaseStudyField.PROBLEM)).isEqualTo("Pupils read **too little** at home.");
        assertThat(saved.revision().summary()).isEqualTo("Year 5 pupils read with trainee teachers every week.");

        test($(Button.class).withId("cs-submit").single()).click();
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("cs-status").single().getElement()
                .getTextRecursively()).isEqualTo("In review");
        assertThat($(Button.class).withId("cs-submit").exists()).isFalse();
        assertThat(caseStudies.require(saved.id()).status()).isEqualTo(CaseStudyStatus.IN_REVIEW);
    }

    @Test
    @WithMockUser(username = "moderator@cs-ui.test", roles = {"MEMBER", "MODERATOR"})
    void aModeratorFindsASubmittedCaseStudyInTheQueueAndApprovesIt() {
        testAccounts.verified("moderator@cs-ui.test", "Max Moderator", PASSWORD);
        Someone author = person(accounts, people, "Ari Author");
        String title = "Queued " + token() + " study";
        CaseStudyDetails created = as(author.email(), "MEMBER", () -> caseStudies.create(draft(title,
                Map.of(CaseStudyField.OUTCOMES_AND_IMPACT, "Attendance rose."))));
        as(author.email(), "MEMBER", () -> caseStudies.submit(created.id(), 1));

        ReviewQueueView queue = navigate(ReviewQueueView.class);
        assertThat(queue.table.getElement().getTextRecursively()).contains(title, "Revision 1 submitted for review");

        UI.getCurrent().navigate("case-studies/" + created.id(), QueryParameters.of("tab", CaseStudyView.REVIEW));
        ReviewTab review = $(ReviewTab.class).single();
        // asking for changes needs a comment
        test($(Button.class).withId("cs-request-changes").single()).click();
        assertThat(review.comment.isInvalid()).isTrue();
        test(review.comment).setValue("Clear and **useful**.");
        test($(Button.class).withId("cs-approve").single()).click();

        assertThat($(com.vaadin.flow.component.html.Span.class).withId("cs-status").single().getElement()
                .getTextRecursively()).isEqualTo("Published");
        assertThat($(Button.class).withId("cs-approve").exists()).isFalse();
        CaseStudyDetails after = caseStudies.require(created.id());
        assertThat(after.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
        assertThat(after.publishedRevision()).isEqualTo(1);
        assertThat(after.reviews()).extracting(r -> r.comment()).containsExactly("Clear and **useful**.");
    }

    @Test
    @WithMockUser(username = "merger@cs-ui.test", roles = "MEMBER")
    void aStaleSaveShowsTheOtherChangeAndTheMergeIsSaved() {
        testAccounts.verified("merger@cs-ui.test", "Mo Merger", PASSWORD);
        String title = "Science " + token() + " club";
        CaseStudyDetails created = caseStudies.create(draft(title, Map.of(
                CaseStudyField.PROBLEM, "Few pupils chose science.",
                CaseStudyField.AIMS, "More pupils choose science.",
                CaseStudyField.LESSONS, "Plan early.")));

        UI.getCurrent().navigate("case-studies/" + created.id() + "/edit");
        CaseStudyEditorView editor = (CaseStudyEditorView) getCurrentView();
        assertThat(editor.basedOnRevision).isEqualTo(1);

        // meanwhile someone saves revision 2: a new aim and a changed problem
        CaseStudyRevision first = caseStudies.revision(created.id(), 1);
        caseStudies.save(created.id(), first.toDraft(1, "their change")
                .withField(CaseStudyField.AIMS, "Twice as many pupils choose science.")
                .withField(CaseStudyField.PROBLEM, "Few girls chose science."));

        CaseStudyForm form = editor.form;
        test(form.fields.get(CaseStudyField.PROBLEM)).setValue("Few pupils chose science after year 9.");
        test(form.fields.get(CaseStudyField.LESSONS)).setValue("Plan early and invite parents.");
        test($(Button.class).withId("cs-save").single()).click();

        // refused: nothing saved, the author's text kept, the other change shown
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(caseStudies.require(created.id()).headRevision()).isEqualTo(2);
        assertThat(editor.message.isVisible()).isTrue();
        assertThat(editor.message.getText()).startsWith("Not saved: Mo Merger saved revision 2 while you were editing.");
        ConflictPanel panel = editor.conflictPanel;
        assertThat(panel).isNotNull();
        assertThat(panel.theirs.keySet()).containsExactlyInAnyOrder("problem", "aims");
        assertThat(panel.theirs.get("problem").getValue()).isEqualTo("Few girls chose science.");
        assertThat(panel.mine.get("problem").getValue()).isEqualTo("Few pupils chose science after year 9.");
        assertThat(panel.notes.get("problem").getText())
                .isEqualTo("You both changed this part: your version is kept until you choose.");
        // the author had not touched the aims: theirs is taken at once
        assertThat(panel.mine.get("aims").getValue()).isEqualTo("Twice as many pupils choose science.");
        assertThat(form.fields.get(CaseStudyField.AIMS).getValue()).isEqualTo("Twice as many pupils choose science.");
        assertThat(form.fields.get(CaseStudyField.LESSONS).getValue()).isEqualTo("Plan early and invite parents.");
        // their change itself, word by word, with what was removed and added said in words
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("cs-conflict-problem").single().getElement()
                .getTextRecursively()).contains("What they changed:", "removed: pupils", "added: girls");

        // "use theirs", then "keep mine", then combine both by hand
        test($(Button.class).withId("cs-use-theirs-problem").single()).click();
        assertThat(form.fields.get(CaseStudyField.PROBLEM).getValue()).isEqualTo("Few girls chose science.");
        test($(Button.class).withId("cs-keep-mine-problem").single()).click();
        assertThat(form.fields.get(CaseStudyField.PROBLEM).getValue()).isEqualTo("Few pupils chose science after year 9.");
        test(panel.mine.get("problem")).setValue("Few pupils, and fewer girls, chose science after year 9.");
        assertThat(editor.basedOnRevision).isEqualTo(2);
        test(panel.saveMerged).click();

        CaseStudyView page = (CaseStudyView) getCurrentView();
        assertThat(page.heading.getText()).isEqualTo(title);
        CaseStudyDetails after = caseStudies.require(created.id());
        assertThat(after.headRevision()).isEqualTo(3);
        CaseStudyRevision merged = caseStudies.revision(created.id(), 3);
        assertThat(merged.basedOn()).isEqualTo(2);
        assertThat(merged.field(CaseStudyField.PROBLEM)).isEqualTo("Few pupils, and fewer girls, chose science after year 9.");
        assertThat(merged.field(CaseStudyField.AIMS)).isEqualTo("Twice as many pupils choose science.");
        assertThat(merged.field(CaseStudyField.LESSONS)).isEqualTo("Plan early and invite parents.");
    }

    // ------------------------------------------------------------------ privacy

    @Test
    @WithMockUser(username = "reader@cs-ui.test", roles = "MEMBER")
    void aReaderDoesNotSeeSomeoneElsesDraft() {
        testAccounts.verified("reader@cs-ui.test", "Rae Reader", PASSWORD);
        Someone author = person(accounts, people, "Ada Author");
        String title = "Hidden " + token() + " draft";
        CaseStudyDetails draft = as(author.email(), "MEMBER", () -> caseStudies.create(draft(title,
                Map.of(CaseStudyField.PROBLEM, "Secret " + title + " text."))));

        UI.getCurrent().navigate("case-studies/" + draft.id());
        assertThat($(H1.class).single().getText()).isEqualTo("Case study not found");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(title)
                .contains("There is no such case study, or you cannot see it.");

        UI.getCurrent().navigate("case-studies/" + draft.id(), QueryParameters.of("tab", CaseStudyView.HISTORY));
        assertThat($(H1.class).single().getText()).isEqualTo("Case study not found");

        UI.getCurrent().navigate("case-studies/" + draft.id() + "/edit");
        assertThat($(H1.class).single().getText()).isEqualTo("Case study not found");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Secret");

        // a wiki link to its title does not lead there either: it offers to write one
        UI.getCurrent().navigate("case-studies/wiki/" + title.replace(" ", "%20"));
        assertThat($(H1.class).single().getText()).isEqualTo("No case study called \u201c" + title + "\u201d yet");
        test($(Button.class).withId("cs-wiki-write").single()).click();
        assertThat(((CaseStudyEditorView) getCurrentView()).form.title.getValue()).isEqualTo(title);

        // and the author's own list does not leak into the reader's
        navigate(CaseStudiesView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(title);
    }

    // ------------------------------------------------------------------ compare

    @Test
    @WithMockUser(username = "comparer@cs-ui.test", roles = "MEMBER")
    void theCompareTabShowsMarkupInAFieldAsText() {
        testAccounts.verified("comparer@cs-ui.test", "Cy Comparer", PASSWORD);
        String title = "Markup " + token() + " test";
        String attack = "<script>alert('x')</script><img src=x onerror=alert(2)> "
                + "<a href=\"javascript:alert(3)\">go</a>";
        CaseStudyDetails created = caseStudies.create(draft(title, Map.of(CaseStudyField.PROBLEM, "Plain words.")));
        caseStudies.save(created.id(), caseStudies.revision(created.id(), 1).toDraft(1, "markup")
                .withField(CaseStudyField.PROBLEM, "Plain words. " + attack));

        UI.getCurrent().navigate("case-studies/" + created.id(),
                QueryParameters.simple(Map.of("tab", CaseStudyView.COMPARE, "from", "1", "to", "2")));
        CaseStudyView page = (CaseStudyView) getCurrentView();
        assertThat(page.selectedTab()).isEqualTo(CaseStudyView.COMPARE);
        CompareTab compare = $(CompareTab.class).single();
        assertInert(compare.result.getElement(), attack);
        assertThat(compare.result.getElement().getTextRecursively()).contains("Plain words.");
        // the insertion is marked by an element and a label, not by colour alone
        assertThat(compare.result.getElement().getOuterHTML()).contains("<ins class=\"ts-cs-ins\">", "added:");

        UI.getCurrent().navigate("case-studies/" + created.id(), QueryParameters.simple(
                Map.of("tab", CaseStudyView.COMPARE, "from", "1", "to", "2", "view", CompareTab.SIDE)));
        CompareTab sideBySide = $(CompareTab.class).single();
        assertThat(sideBySide.mode.getValue()).isEqualTo(DiffDisplay.Mode.SIDE_BY_SIDE);
        assertInert(sideBySide.result.getElement(), attack);
        assertThat($(Paragraph.class).from(sideBySide).withText("After (revision 2)").exists()).isTrue();
    }

    /** The text shows as written, and the element tree has no script, image, link or event handler. */
    private static void assertInert(Element root, String attack) {
        assertThat(root.getTextRecursively()).contains(attack);
        List<Element> all = new ArrayList<>();
        collect(root, all);
        assertThat(all).extracting(Element::getTag).doesNotContain("script", "img", "a", "svg", "iframe");
        for (Element e : all) {
            assertThat(e.getAttributeNames()).noneMatch(name -> name.toLowerCase().startsWith("on"));
            assertThat(e.getAttributeNames()).doesNotContain("href", "src");
        }
        String html = root.getOuterHTML();
        assertThat(html).doesNotContain("<script", "<img", "<a ").contains("&lt;script&gt;");
    }

    private static void collect(Element element, List<Element> into) {
        if (element.isTextNode()) {
            return;
        }
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
    }
}
