package org.thirdspace.introductions.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.introductions.Introduction;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class IntroductionsViewTest extends SpringBrowserlessTest {

    static final String ME = "intro.view@view.example";

    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    IntroductionService introductions;

    @Test
    @WithMockUser(username = ME, roles = "MEMBER")
    void asksAndAnswersIntroductions() {
        testAccounts.verified(ME, "Ines Intro", "Thistle-Meteor-Basket-5");
        var target = person(accounts, people, "Tara Target");
        var asker = person(accounts, people, "Arlo Asker");
        long myId = people.myPersonId().orElseThrow();
        as(asker.email(), "MEMBER", () -> introductions.request(myId, "Could we talk about ITE placements?"));

        UI.getCurrent().navigate("introductions", QueryParameters.of("to", Long.toString(target.personId())));
        IntroductionsView view = (IntroductionsView) getCurrentView();
        test($(Button.class).withText("Send request").single()).click();
        assertThat(view.message.isInvalid()).isTrue();
        test(view.message).setValue("We are starting a science network in Lancaster.");
        test($(Button.class).withText("Send request").single()).click();
        assertThat(view.status.getText()).isEqualTo("Your request has been sent.");

        test($(Button.class).withText("Accept").single()).click();
        assertThat($(Paragraph.class).withText("Email: " + asker.email()).exists()).isTrue();
        assertThat(introductions.mine()).extracting(Introduction::status)
                .containsExactlyInAnyOrder(Introduction.Status.OPEN, Introduction.Status.ACCEPTED);
    }
}
