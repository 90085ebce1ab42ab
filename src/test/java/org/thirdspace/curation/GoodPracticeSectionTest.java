package org.thirdspace.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/** The case-study page shows the good-practice badge and its reviewers once two reviewers judged it so. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class GoodPracticeSectionTest extends SpringBrowserlessTest {

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CurationReviews reviews;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    @Test
    @WithMockUser(username = "reader@curation-ui.test", roles = "MEMBER")
    void theBadgeAndItsReviewersShowOnTheCaseStudyPage() {
        testAccounts.verified("reader@curation-ui.test", "Vera Reader", "Thistle-Meteor-Basket-5");
        Someone first = ProfileFixtures.person(accounts, people, "Wilf Reviewer", Role.MODERATOR);
        Someone second = ProfileFixtures.person(accounts, people, "Xena Reviewer", Role.MODERATOR);
        Someone author = ProfileFixtures.person(accounts, people, "Yusuf Author");
        CaseStudyDetails cs = CaseStudyFixtures.published(caseStudies, author, first,
                CaseStudyFixtures.draft("Badge page " + System.nanoTime(), "badge"));
        CurationReviewInput good = new CurationReviewInput(EvidenceStrength.HIGH, 4, "Used by three schools.", 3,
                "Fills a gap in SEND evidence.", 4, "Controlled comparison.");

        UI.getCurrent().navigate("case-studies/" + cs.id());
        assertThat($(Span.class).withId("good-practice-badge").exists()).isFalse();

        as(first.email(), "MODERATOR", () -> reviews.review(cs.id(), good));
        as(second.email(), "MODERATOR", () -> reviews.review(cs.id(), good));
        UI.getCurrent().navigate("case-studies/" + cs.id());
        assertThat($(Span.class).withId("good-practice-badge").single().getText()).isEqualTo("Good practice");
        String text = $(com.vaadin.flow.component.html.Div.class).withClassName("ts-good-practice").single()
                .getElement().getTextRecursively();
        assertThat(text).contains("Wilf Reviewer", "Xena Reviewer", "Controlled comparison.", "Evidence strength: High");
    }
}
