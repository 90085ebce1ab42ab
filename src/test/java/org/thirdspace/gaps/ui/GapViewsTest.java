package org.thirdspace.gaps.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.gaps.CaseStudyChoice;
import org.thirdspace.gaps.GapDetails;
import org.thirdspace.gaps.GapDraft;
import org.thirdspace.gaps.GapService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/** The gap page without a browser on the real services: a member answers a gap with a case study. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class GapViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Thistle-Meteor-Basket-5";

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    GapService gaps;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static String word() {
        StringBuilder sb = new StringBuilder("zu");
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    @WithMockUser(username = "answerer@gap-ui.test", roles = "MEMBER")
    void aMemberAnswersAGapWithACaseStudyFromTheGapPage() {
        testAccounts.verified("answerer@gap-ui.test", "Aled Answerer", PASSWORD);
        String word = word();
        Someone author = ProfileFixtures.person(accounts, people, "Gwen Author");
        Someone moderator = ProfileFixtures.person(accounts, people, "Dafydd Moderator", Role.MODERATOR);
        CaseStudyDetails published = CaseStudyFixtures.published(caseStudies, author, moderator,
                CaseStudyFixtures.draft("Gap answer " + word, word));
        GapDetails gap = as(moderator.email(), "MODERATOR",
                () -> gaps.create(GapDraft.of("Missing " + word, "Nothing about " + word + " yet.")));

        UI.getCurrent().navigate("gaps/" + gap.id());
        GapView view = (GapView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("Missing " + word);
        assertThat($(Button.class).withId("gap-mark-apply").exists()).isFalse();
        test($(Button.class).withId("gap-answer-submit").single()).click();
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class).withId("gap-answer-case-study").single()
                .getErrorMessage()).isEqualTo("Choose the case study that answers the gap.");

        view.caseStudy.setValue(new CaseStudyChoice(published.id(), "Gap answer " + word));
        test(view.note).setValue("Exactly this.");
        test($(Button.class).withId("gap-answer-submit").single()).click();

        assertThat(view.getElement().getOuterHTML()).contains("Gap answer " + word, "Exactly this.",
                "Linked by Aled Answerer");
        assertThat(gaps.require(gap.id()).answers()).singleElement()
                .satisfies(a -> assertThat(a.caseStudyId()).isEqualTo(published.id()));

        // the same case study again: the service's refusal shows at the combo box
        view.caseStudy.setValue(new CaseStudyChoice(published.id(), "Gap answer " + word));
        test($(Button.class).withId("gap-answer-submit").single()).click();
        assertThat(view.caseStudy.isInvalid()).isTrue();
        assertThat(view.caseStudy.getErrorMessage()).isEqualTo("This case study already answers the gap.");
    }

    @Test
    @WithMockUser(username = "browser@gap-ui.test", roles = "MEMBER")
    void theBoardListsOpenGapsFirstAndFiltersByFacet() {
        testAccounts.verified("browser@gap-ui.test", "Bryn Browser", PASSWORD);
        String word = word();
        Someone moderator = ProfileFixtures.person(accounts, people, "Nia Moderator", Role.MODERATOR);
        GapDetails closed = as(moderator.email(), "MODERATOR", () -> gaps.create(GapDraft.of("Closed " + word, "Old.")
                .with(org.thirdspace.gaps.GapFacet.REGION, "wales")));
        as(moderator.email(), "MODERATOR", () -> gaps.changeStatus(closed.id(), org.thirdspace.gaps.GapStatus.CLOSED, null));
        as(moderator.email(), "MODERATOR", () -> gaps.create(GapDraft.of("Open " + word, "New.")
                .with(org.thirdspace.gaps.GapFacet.REGION, "north-east")));

        GapBoardView board = navigate(GapBoardView.class);
        assertThat($(Button.class).withId("gap-new").exists()).isFalse();
        test(board.search).setValue(word);
        var grid = test(board.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Open");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Region: North East");
        assertThat(grid.getCellText(1, 1)).isEqualTo("Closed");
        assertThat(board.count.getText()).isEqualTo("2 gaps");

        var region = board.facets.get(org.thirdspace.gaps.GapFacet.REGION);
        region.setValue(java.util.Set.copyOf(region.getListDataView().getItems()
                .filter(t -> t.code().equals("wales")).toList()));
        assertThat(test(board.grid).size()).isEqualTo(1);
        assertThat(test(board.grid).getCellText(0, 1)).isEqualTo("Closed");
    }
}
