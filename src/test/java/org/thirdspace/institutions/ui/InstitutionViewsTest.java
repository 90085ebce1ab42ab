package org.thirdspace.institutions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class InstitutionViewsTest extends SpringBrowserlessTest {

    @Autowired
    InstitutionService institutions;

    private InstitutionSummary register(String name, Sector sector, Long parent, List<String> aliases, List<String> phases) {
        return institutions.register(new NewInstitution(name, sector, Region.YORKSHIRE, "Leeds", "LS2 9JT",
                new GeoPoint(53.8, -1.55), "https://example.org/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-"),
                parent, aliases, phases));
    }

    @Test
    @WithMockUser(username = "moderator@instview.example", roles = "MODERATOR")
    void thePageShowsFactsFamilyAndForwardsMergedIds() {
        long n = System.nanoTime();
        var trust = register("Aireside Learning Trust " + n, Sector.TEACHING_SCHOOL_TRUST, null, List.of(), List.of());
        var school = register("Kirkgate Primary School " + n, Sector.PRIMARY_SCHOOL, trust.id(),
                List.of("Kirkgate Primary " + n), List.of("primary", "early-years"));
        var member = register("Kirkgate Nursery " + n, Sector.PRIMARY_SCHOOL, school.id(), List.of(), List.of());
        var duplicate = register("Kirkgate Primary Sch " + n, Sector.PRIMARY_SCHOOL, null, List.of(), List.of());
        institutions.merge(school.id(), duplicate.id());

        navigate("institutions/" + school.id(), InstitutionView.class);
        InstitutionView view = (InstitutionView) getCurrentView();
        assertThat($(H1.class).single().getText()).isEqualTo(school.name());
        assertThat(view.aliases.getText()).contains("Kirkgate Primary " + n).contains("Kirkgate Primary Sch " + n);
        assertThat(view.facts.getElement().getTextRecursively())
                .contains("Primary school").contains("Early years").contains("Primary (KS1-2)")
                .contains("Yorkshire and the Humber").contains("LS2 9JT");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("https://example.org/kirkgate-primary-school-" + n);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText)
                .contains(trust.name(), member.name());

        // the merged duplicate's address shows the survivor
        navigate("institutions/" + duplicate.id(), InstitutionView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(school.name());

        navigate("institutions/999999999", InstitutionView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Institution not found");
    }

    @Test
    @WithMockUser(username = "moderator@instview.example", roles = "MODERATOR")
    void moderatorsSearchEditAndSeeWhatAMergeMoves() {
        long n = System.nanoTime();
        var keep = register("Wharfedale Academy " + n, Sector.SECONDARY_SCHOOL, null, List.of(), List.of("secondary"));
        var dup = register("Wharfedale Acad " + n, Sector.SECONDARY_SCHOOL, null, List.of("WA " + n), List.of());
        // the admin search reads the search index, which an after-commit listener keeps current
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> institutions
                .search("Wharfedale Acad " + n, org.springframework.data.domain.PageRequest.of(0, 5))
                .getTotalElements() >= 1);
        InstitutionsAdminView view = navigate(InstitutionsAdminView.class);
        test(view.search).setValue("Wharfedale Acad " + n);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);

        view.edit(institutions.details(dup.id()).orElseThrow(), false);
        test(view.postcode).setValue("nonsense");
        test(view.save).click();
        assertThat(view.postcode.isInvalid()).isTrue();
        assertThat(view.postcode.getErrorMessage()).isEqualTo("Enter a UK postcode such as LS2 9JT.");
        test(view.postcode).setValue("LS21 1AB");
        test(view.save).click();
        assertThat(view.editorStatus.getText()).isEqualTo("Saved.");

        test(view.merge).click();
        assertThat(view.mergeDialog.isOpened()).isTrue();
        test(view.confirmMerge).click();
        assertThat(view.survivor.getErrorMessage()).isEqualTo("Choose the institution to keep.");
        view.survivor.setValue(new org.thirdspace.institutions.InstitutionSuggestion(keep.id(), keep.name(),
                keep.sector(), keep.town()));
        test(view.previewMerge).click();
        assertThat(view.mergePlan.getText()).contains("Wharfedale Acad " + n).contains("WA " + n);
        test(view.confirmMerge).click();
        assertThat(institutions.resolve(dup.id())).contains(keep.id());
        assertThat(view.editorStatus.getText()).contains(keep.name());
    }
}
