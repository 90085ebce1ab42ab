package org.thirdspace.finder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.finder.Facet;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.finder.ui.ViewFixtures.Data;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.testsupport.IntegrationTest;

/** The finder view without a browser: URL state, facets with counts, cards, empty state, live region. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class PeopleFinderViewTest extends SpringBrowserlessTest {

    @Autowired
    PeopleIndex index;
    @Autowired
    InstitutionService institutions;

    static Data data;

    @BeforeEach
    void fixtures() {
        if (data == null) {
            data = ViewFixtures.create(index, institutions);
        }
    }

    private PeopleFinderView open(String query) {
        UI.getCurrent().navigate(PeopleFinderView.class, QueryParameters.fromString(query));
        return (PeopleFinderView) getCurrentView();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    @WithMockUser(username = "viewer@finder.test")
    void readsTheQueryFromTheUrlAndWritesChangesBackToIt() {
        PeopleFinderView view = open("q=" + data.token());
        assertThat(view.status.getText()).isEqualTo("3 people found");
        assertThat(view.status.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(view.search.getValue()).isEqualTo(data.token());
        assertThat(view.facets.get(Facet.ROLE).getItemLabelGenerator().apply("mentor")).isEqualTo("Mentor (2)");

        test(view.facets.get(Facet.ROLE)).selectItem("Mentor (2)");
        assertThat(location()).contains("q=" + data.token()).contains("role=mentor");
        PeopleFinderView after = (PeopleFinderView) getCurrentView();
        assertThat(after.current().values(Facet.ROLE)).containsExactly("mentor");
        assertThat(after.status.getText()).isEqualTo("2 people found");

        test(after.facets.get(Facet.SUBJECT)).selectItem("Science (1)");
        assertThat(location()).contains("subject=science");
        PeopleFinderView narrowed = (PeopleFinderView) getCurrentView();
        assertThat(narrowed.status.getText()).isEqualTo("1 person found");
        List<Anchor> links = $(Anchor.class).from(narrowed.results).all();
        assertThat(links).singleElement().satisfies(a -> {
            assertThat(a.getText()).isEqualTo("Ada " + data.token());
            assertThat(a.getHref()).isEqualTo("people/" + data.ada());
        });
        assertThat($(Section.class).from(narrowed.results).first().getElement().toString())
                .contains("open to new partnerships");
    }

    @Test
    @WithMockUser(username = "viewer@finder.test")
    void sortsByDistanceFromAnInstitutionAndShowsKilometres() {
        PeopleFinderView view = open("q=" + data.token() + "&inst=" + data.school() + "&withinKm=500&sort=distance");
        assertThat(view.nearMode.getValue()).isEqualTo(PeopleFinderView.NEAR_INSTITUTION);
        assertThat(view.withinKm.getValue()).isEqualTo(500);
        assertThat(view.current().sort()).isEqualTo(FinderQuery.Sort.DISTANCE);
        assertThat(view.results.getElement().toString()).contains(" km away");
        assertThat($(Anchor.class).from(view.results).first().getText()).isEqualTo("Ada " + data.token());
    }

    @Test
    @WithMockUser(username = "viewer@finder.test")
    void emptyStateSuggestsRemovingFiltersAndBadParametersAreDropped() {
        PeopleFinderView view = open("q=" + data.token() + "&role=researcher&size=10000");
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("size");
        assertThat(view.status.getText()).isEqualTo("No people found");
        assertThat(view.empty.getElement().toString()).contains("Remove Researcher");
        assertThat(view.current().values(Facet.ROLE)).isEqualTo(Set.of("researcher"));
    }

    @Test
    void visitorsAreAskedToLogIn() {
        UI.getCurrent().navigate(PeopleFinderView.class, QueryParameters.fromString("q=" + data.token()));
        assertThat(getCurrentView()).isInstanceOf(org.thirdspace.security.ui.LoginView.class);
    }
}
