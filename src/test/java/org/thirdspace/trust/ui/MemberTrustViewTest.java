package org.thirdspace.trust.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.people.ProfileFixtures.person;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.audit.AuditEntry;
import org.thirdspace.audit.AuditQuery;
import org.thirdspace.audit.AuditService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.AccountProvisioning.ProvisionedAccount;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.trust.TrustLevel;
import org.thirdspace.trust.TrustService;

/**
 * The moderators' member trust view on the real services: find a member, lock them at a level
 * (a reason is required and its absence is shown on the field), unlock them; each change shows
 * at once, changes the level the rest of the product sees and leaves an audit entry. Members
 * who are not moderators are refused the view.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class MemberTrustViewTest extends SpringBrowserlessTest {

    static final String MODERATOR = "trust-admin-mod@trust-ui.test";
    static final String MEMBER = "trust-admin-member@trust-ui.test";
    static final String PASSWORD = "Granite-Harbour-Willow-8";

    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TrustService trust;
    @Autowired
    AuditService audit;

    private static String token() {
        StringBuilder sb = new StringBuilder("tl");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    @WithMockUser(username = MODERATOR, roles = {"MEMBER", "MODERATOR"})
    void aModeratorLocksAMemberAtALevelWithAReasonAndUnlocksThem() {
        // a moderator by their account's roles too (the service reads them to let moderators see others' progress)
        TestAccounts.as("fixtures@trust-ui.test", "ADMIN", () -> accounts.provision(List.of(new ProvisionedAccount(
                MODERATOR, "Demelza Moderator", EnumSet.of(Role.MEMBER, Role.MODERATOR))), PASSWORD));
        String token = token();
        Someone member = person(accounts, people, "Lowenna " + token);
        assertThat(trust.levelOf(member.accountId())).isEqualTo(TrustLevel.NEW);

        // the moderation area links to the view
        UI.getCurrent().navigate("moderation");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("moderation/trust", "moderation/curators",
                "moderation/audit");

        MemberTrustView view = navigate(MemberTrustView.class);
        view.search.setValue(token);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("New member");
        test(view.grid).select(0);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.level.getText()).isEqualTo("Current level: New member");
        assertThat(view.lockState.getText()).contains("Not locked");
        assertThat(view.unlock.isEnabled()).isFalse();

        // no reason: refused on the field, nothing changed
        view.lockLevel.setValue(TrustLevel.REGULAR);
        test(view.lock).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).startsWith("Give a reason");
        assertThat(trust.levelOf(member.accountId())).isEqualTo(TrustLevel.NEW);

        view.reason.setValue("Runs the regional network " + token);
        test(view.lock).click();
        assertThat(view.reason.isInvalid()).isFalse();
        assertThat(trust.levelOf(member.accountId())).isEqualTo(TrustLevel.REGULAR);
        assertThat(trust.isTrustedFlagger(member.accountId())).isTrue();
        assertThat(view.level.getText()).isEqualTo("Current level: Regular");
        assertThat(view.lockState.getText()).isEqualTo("Locked by a moderator. Reason: Runs the regional network "
                + token);
        assertThat(view.status.getText()).isEqualTo("Lowenna " + token + " is now locked at Regular.");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Regular (locked)");
        assertThat(view.unlock.isEnabled()).isTrue();
        List<AuditEntry> locks = audit.search(new AuditQuery(token, "trust.lock", "account", null, null, null), 0, 10)
                .entries();
        assertThat(locks).singleElement().satisfies(e -> {
            assertThat(e.target().id()).isEqualTo(Long.toString(member.accountId()));
            assertThat(e.before()).isEqualTo("NEW");
            assertThat(e.after()).isEqualTo("REGULAR");
            assertThat(e.summary()).isEqualTo("Runs the regional network " + token);
        });

        // unlocking needs a reason too
        test(view.unlock).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(trust.levelOf(member.accountId())).isEqualTo(TrustLevel.REGULAR);
        view.reason.setValue("Stepped down from the network " + token);
        test(view.unlock).click();
        assertThat(trust.levelOf(member.accountId())).isEqualTo(TrustLevel.NEW);
        assertThat(view.level.getText()).isEqualTo("Current level: New member");
        assertThat(view.unlock.isEnabled()).isFalse();
        assertThat(audit.search(new AuditQuery(token, "trust.unlock", "account", null, null, null), 0, 10).entries())
                .singleElement().satisfies(e -> {
                    assertThat(e.before()).isEqualTo("REGULAR");
                    assertThat(e.after()).isEqualTo("NEW");
                });
    }

    @Test
    @WithMockUser(username = MEMBER, roles = "MEMBER")
    void aMemberWhoIsNotAModeratorIsRefusedTheView() {
        testAccounts.verified(MEMBER, "Tressa Member", PASSWORD);
        UI.getCurrent().navigate("moderation/trust");
        assertThat(getCurrentView()).isNotInstanceOf(MemberTrustView.class);
        // the service behind it refuses too
        assertThatThrownBy(() -> trust.findMembers("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trust.countMembers("")).isInstanceOf(AccessDeniedException.class);
    }
}
