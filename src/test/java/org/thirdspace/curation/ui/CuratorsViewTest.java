package org.thirdspace.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.audit.AuditQuery;
import org.thirdspace.audit.AuditService;
import org.thirdspace.curation.CollectionDetails;
import org.thirdspace.curation.CollectionDraft;
import org.thirdspace.curation.CurationException;
import org.thirdspace.curation.CurationService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The moderators' curators view on the real services: a moderator finds a member and appoints
 * them, the new curator can then create a collection, and after removal they cannot. Members who
 * are not moderators are refused the view.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class CuratorsViewTest extends SpringBrowserlessTest {

    static final String MODERATOR = "curators-mod@curators-ui.test";
    static final String MEMBER = "curators-member@curators-ui.test";
    static final String PASSWORD = "Saffron-Quarry-Lantern-5";

    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    CurationService curation;
    @Autowired
    AuditService audit;

    private static String token() {
        StringBuilder sb = new StringBuilder("cu");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static CollectionDraft draft(String token) {
        return new CollectionDraft("Transition projects " + token, "Projects that ease the move to secondary school.",
                "");
    }

    @Test
    @WithMockUser(username = MODERATOR, roles = {"MEMBER", "MODERATOR"})
    void aModeratorAppointsACuratorWhoThenCreatesACollectionAndRemovesThemAgain() {
        testAccounts.verified(MODERATOR, "Kerensa Keeper", PASSWORD);
        String token = token();
        Someone member = person(accounts, people, "Jory " + token);
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> curation.create(draft(token))))
                .isInstanceOf(CurationException.class);

        // the collections area links moderators to the curators view
        UI.getCurrent().navigate("collections");
        assertThat($(Anchor.class).id("collections-manage-curators").getHref()).isEqualTo("moderation/curators");

        CuratorsView view = navigate(CuratorsView.class);
        assertThat(view.appoint.isEnabled()).isFalse();
        view.search.setValue(token);
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).select(0);
        assertThat(view.chosen.getText()).isEqualTo("Jory " + token + " is not a curator yet.");
        test(view.appoint).click();
        assertThat(view.status.getText()).isEqualTo("Jory " + token + " is now a curator.");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Curator");
        assertThat(view.current.getElement().getTextRecursively()).contains("Jory " + token);
        assertThat(curation.curators()).contains(member.accountId());
        assertThat(audit.search(new AuditQuery(null, "curation.curator.appoint", "account", null, null, null), 0, 100)
                .entries()).anySatisfy(e -> assertThat(e.target().id()).isEqualTo(Long.toString(member.accountId())));

        CollectionDetails created = as(member.email(), "MEMBER", () -> curation.create(draft(token)));
        assertThat(created.title()).isEqualTo("Transition projects " + token);

        Button remove = $(Button.class).id("curator-dismiss-" + member.accountId());
        assertThat(remove.getAriaLabel()).contains("Remove Jory " + token + " as curator");
        test(remove).click();
        assertThat(view.status.getText()).isEqualTo("Jory " + token + " is no longer a curator.");
        assertThat(view.current.getElement().getTextRecursively()).doesNotContain("Jory " + token);
        assertThat(curation.curators()).doesNotContain(member.accountId());
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> curation.create(draft(token + "b"))))
                .isInstanceOf(CurationException.class);
    }

    @Test
    @WithMockUser(username = MEMBER, roles = "MEMBER")
    void aMemberWhoIsNotAModeratorIsRefusedTheViewAndSeesNoLinkToIt() {
        testAccounts.verified(MEMBER, "Tamsyn Member", PASSWORD);
        UI.getCurrent().navigate("moderation/curators");
        assertThat(getCurrentView()).isNotInstanceOf(CuratorsView.class);
        UI.getCurrent().navigate("collections");
        assertThat($(Anchor.class).all()).noneMatch(a -> "moderation/curators".equals(a.getHref()));
        assertThatThrownBy(() -> curation.findCandidates("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.curatorList()).isInstanceOf(AccessDeniedException.class);
    }
}
