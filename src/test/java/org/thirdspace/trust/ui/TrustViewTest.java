package org.thirdspace.trust.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.trust.TrustProperties;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class TrustViewTest extends SpringBrowserlessTest {

    static final String ME = "trust.view@view.example";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TrustProperties properties;

    private TrustProperties.Limits testNew;

    @BeforeEach
    void defaultLimits() {
        testNew = properties.getNewMembers();
        properties.setNewMembers(new TrustProperties().getNewMembers());
    }

    @AfterEach
    void testLimits() {
        properties.setNewMembers(testNew);
    }

    @Test
    @WithMockUser(username = ME, roles = "MEMBER")
    void aNewMemberSeesTheirLevelLimitsAndWhatTheNextLevelNeeds() {
        testAccounts.verified(ME, "Tamsin Trust", "Thistle-Meteor-Basket-7");
        UI.getCurrent().navigate("account/trust");
        assertThat(getCurrentView()).isInstanceOf(TrustView.class);
        assertThat($(Paragraph.class).id("trust-level").getText()).isEqualTo("Your level: New member");
        assertThat($(UnorderedList.class).id("trust-limits").getElement().getTextRecursively())
                .contains("At most 2 links in a post", "At most 3 topics and replies an hour");
        assertThat($(NativeLabel.class).id("trust-req-0").getText()).startsWith("Days visited: ").endsWith("of 2 (not yet)");
        assertThat($(NativeLabel.class).id("trust-req-1").getText()).isEqualTo("Minutes spent reading: 0 of 10 (not yet)");
        assertThat($(NativeLabel.class).id("trust-req-2").getText()).isEqualTo("Topics read: 0 of 5 (not yet)");
        assertThat($(ProgressBar.class).all()).hasSize(3)
                .allSatisfy(bar -> assertThat(bar.getElement().getAttribute("aria-labelledby")).startsWith("trust-req-"));
    }
}
