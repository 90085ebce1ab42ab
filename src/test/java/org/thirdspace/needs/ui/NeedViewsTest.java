package org.thirdspace.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.needs.NeedBehalf;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedQuery;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedStatus;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/** The needs views without a browser on the real services: a member posts a need through the form. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class NeedViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Lantern-Harbour-Quilt-7";

    @Autowired
    NeedService needs;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    TestAccounts testAccounts;

    private static String word() {
        StringBuilder sb = new StringBuilder("nv");
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    @WithMockUser(username = "poster@need-ui.test", roles = "MEMBER")
    void aMemberPostsANeedThroughTheFormAndFindsItOnTheBoard() {
        testAccounts.verified("poster@need-ui.test", "Ffion Poster", PASSWORD);
        InstitutionSummary school = ProfileFixtures.institution(institutions, "Needview High", Sector.SECONDARY_SCHOOL);
        long me = people.myPersonId().orElseThrow();
        people.addAffiliation(me, ProfileFixtures.since(school.id(), "Head of science", LocalDate.of(2021, 9, 1)));
        String word = word();

        UI.getCurrent().navigate("needs/new");
        NeedFormView form = (NeedFormView) getCurrentView();
        // the only institution of the poster is chosen already; nothing else is on offer
        assertThat(form.behalf.getValue()).isEqualTo(new NeedBehalf(NeedBehalf.Kind.INSTITUTION, school.id(),
                school.name()));

        test($(Button.class).withId("need-form-save").single()).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.facets.get(NeedFacet.ACTIVITY).getErrorMessage()).isEqualTo("Choose at least one activity type.");
        assertThat(form.facets.get(NeedFacet.REGION).getErrorMessage())
                .isEqualTo("Choose a region, or say that online is fine.");

        test(form.title).setValue("Science ambassadors " + word);
        test(form.description).setValue("Two **ambassadors** for a careers fair.");
        test(form.forWhom).setValue("Year 9 girls, 30 students");
        var activity = form.facets.get(NeedFacet.ACTIVITY);
        activity.setValue(Set.copyOf(activity.getListDataView().getItems()
                .filter(t -> t.code().equals("stem-outreach")).toList()));
        test(form.onlineOk).click();
        form.startsOn.setValue(LocalDate.of(2027, 3, 1));
        form.endsOn.setValue(LocalDate.of(2027, 2, 1));
        test(form.capacity).setValue(2);
        test($(Button.class).withId("need-form-save").single()).click();
        assertThat(form.facets.get(NeedFacet.REGION).isInvalid()).isFalse();
        assertThat(form.endsOn.isInvalid()).isTrue();
        assertThat(form.endsOn.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
        assertThat(needs.count(new NeedQuery(word, null, null, 0, 10))).isZero();

        form.endsOn.setValue(LocalDate.of(2027, 3, 20));
        test($(Button.class).withId("need-form-save").single()).click();

        NeedView view = (NeedView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("Science ambassadors " + word);
        assertThat(view.getElement().getOuterHTML()).contains("<strong>ambassadors</strong>",
                "For whom: Year 9 girls, 30 students", "2 people needed", "Online is fine");
        var found = needs.list(new NeedQuery(word, null, null, 0, 10)).items();
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NeedStatus.OPEN);
            assertThat(n.onlineOk()).isTrue();
            assertThat(n.capacityNeeded()).isEqualTo(2);
            assertThat(n.onBehalfOf().id()).isEqualTo(school.id());
        });
        NeedDetails saved = needs.require(found.getFirst().id());
        assertThat(saved.canEdit()).isTrue();
        assertThat($(Button.class).withId("need-claim").exists()).isFalse();

        NeedBoardView board = navigate(NeedBoardView.class);
        test(board.search).setValue(word);
        assertThat(test(board.grid).size()).isEqualTo(1);
        assertThat(test(board.grid).getCellText(0, 1)).isEqualTo("Open");
        assertThat(board.count.getText()).isEqualTo("1 need");
    }
}
