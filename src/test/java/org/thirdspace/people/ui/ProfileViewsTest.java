package org.thirdspace.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.people.ProfileFixtures.update;
import static org.thirdspace.security.TestAccounts.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class ProfileViewsTest extends SpringBrowserlessTest {

    static final String VIEWER = "viewer.profiles@view.example";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    @Test
    @WithMockUser(username = VIEWER, roles = "MEMBER")
    void showsAVisibleProfileAndHidesAHiddenOne() {
        testAccounts.verified(VIEWER, "Vera Viewer", "Thistle-Meteor-Basket-5");
        var shown = person(accounts, people, "Sina Shown");
        var hidden = person(accounts, people, "Hugo Hidden");
        as(shown.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.MEMBERS, true, true)));
        as(hidden.email(), "MEMBER", () -> people.updateMyProfile(update(Visibility.HIDDEN, true, true)));

        UI.getCurrent().navigate("people/" + shown.personId());
        assertThat($(H1.class).single().getText()).isEqualTo("Sina Shown");
        assertThat($(Button.class).withText("Ask for an introduction").exists()).isTrue();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Link tutor", shown.email(), "<em>like</em>");

        UI.getCurrent().navigate("people/" + hidden.personId());
        assertThat($(H1.class).single().getText()).isEqualTo("Profile not found");
        assertThat($(Span.class).withId("boundary-spanner").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "editor.profiles@view.example", roles = "MEMBER")
    void editsTheOwnProfileWithPreviewAndFieldErrors() {
        testAccounts.verified("editor.profiles@view.example", "Eddie Editor", "Thistle-Meteor-Basket-5");
        ProfileEditorView view = navigate(ProfileEditorView.class);
        test(view.bio).setValue("Hello **world** <script>x()</script>");
        assertThat(view.preview.getElement().getProperty("innerHTML")).contains("<strong>world</strong>")
                .doesNotContain("<script");
        test(view.headline).setValue("Mentor in a rural primary");
        view.capacity.setValue(99); // beyond the field's max: the tester refuses it, the server must too
        test($(Button.class).withText("Save profile").single()).click();
        assertThat(view.capacity.isInvalid()).isTrue();

        test(view.capacity).setValue(2);
        view.roles.setValue(java.util.Set.of("mentor"));
        test(view.topics).setValue("oracy, lesson study");
        test($(Button.class).withText("Save profile").single()).click();
        assertThat(view.status.getText()).isEqualTo("Your profile has been saved.");
        var saved = people.myProfile().orElseThrow();
        assertThat(saved.headline()).isEqualTo("Mentor in a rural primary");
        assertThat(saved.roles()).containsExactly("mentor");
        assertThat(saved.topics()).containsExactly("oracy", "lesson study");
    }
}
