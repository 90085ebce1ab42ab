package org.thirdspace.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.audit.ui.AuditView;
import org.thirdspace.moderation.ui.ModerationQueueView;
import org.thirdspace.testsupport.IntegrationTest;

/** The moderation queue and audit log views refuse members who are not moderators and open for moderators. */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class ModerationViewsTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "plain-member@moderation.test", roles = "MEMBER")
    void membersCannotOpenTheQueueOrTheAuditLog() {
        navigate("moderation", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ModerationQueueView.class);
        navigate("moderation/audit", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }

    @Test
    @WithMockUser(username = "a-moderator@moderation.test", roles = {"MEMBER", "MODERATOR"})
    void moderatorsOpenBoth() {
        assertThat(navigate(ModerationQueueView.class)).isInstanceOf(ModerationQueueView.class);
        assertThat(navigate(AuditView.class)).isInstanceOf(AuditView.class);
    }
}
