package org.thirdspace.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.moderation.FlagReason;
import org.thirdspace.moderation.ModerationActionType;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.moderation.QueueItem;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.ProfileModeration;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The profile page on the real services: members flag someone else's profile there (never their
 * own); when a moderator hides a profile, its owner sees why and other members see "not found".
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class ProfileModerationUiTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Granite-Harbour-Lamp-9";

    @Autowired
    ModerationService moderation;
    @Autowired
    ProfileModeration profiles;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static <T extends Component> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(UI.getCurrent(), type, out);
        return out;
    }

    private static <T extends Component> void collect(Component c, Class<T> type, List<T> out) {
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        c.getChildren().forEach(child -> collect(child, type, out));
    }

    private static Optional<Button> button(String id) {
        return all(Button.class).stream().filter(b -> b.getId().filter(id::equals).isPresent()).findFirst();
    }

    /** The page's main heading (the person's name, or "Profile not found"). */
    private static String heading() {
        return all(H1.class).stream().map(H1::getText).findFirst().orElse("");
    }

    private long signedIn(String email, String name) {
        long accountId = testAccounts.verified(email, name, PASSWORD).id();
        return people.findByAccount(accountId).orElseThrow().id();
    }

    private void hide(Someone owner) {
        Someone mod = person(accounts, people, "Hedyn Moderator", Role.MODERATOR);
        as(mod.email(), "MODERATOR", () -> moderation.act("profile:" + owner.personId(), ModerationActionType.HIDE,
                "Please remove the advert from your bio."));
    }

    @Test
    @WithMockUser(username = "profile-flagger@moderation-profiles.test", roles = "MEMBER")
    void aMemberFlagsSomeoneElsesProfileButNotTheirOwn() {
        long me = signedIn("profile-flagger@moderation-profiles.test", "Kerenza Flagger");
        Someone other = person(accounts, people, "Austol Advertiser");

        UI.getCurrent().navigate("people/" + me);
        assertThat(button("profile-flag")).isEmpty();

        UI.getCurrent().navigate("people/" + other.personId());
        Button flag = button("profile-flag").orElseThrow(() -> new AssertionError("no Flag profile button"));
        assertThat(flag.getText()).isEqualTo("Flag profile");
        assertThat(flag.getElement().getAttribute("aria-label")).contains("Austol Advertiser");
        test(flag).click();
        roundTrip();
        FlagDialog dialog = all(FlagDialog.class).getFirst();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Flag this profile for a moderator");
        test(dialog.submit).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue(FlagReason.COMMERCIAL_CLAIM);
        dialog.text.setValue("Sells tutoring in the bio");
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();

        List<QueueItem> queue = as("profile-queue@moderation-profiles.test", "MODERATOR",
                () -> moderation.queue(0, 100).items());
        QueueItem item = queue.stream().filter(i -> i.target().toString().equals("profile:" + other.personId()))
                .findFirst().orElseThrow();
        assertThat(item.reasons()).containsEntry(FlagReason.COMMERCIAL_CLAIM, 1);
        assertThat(item.notes()).containsExactly("Sells tutoring in the bio");
        assertThat(item.authorPersonId()).isEqualTo(other.personId());
        assertThat(item.link()).isEqualTo("people/" + other.personId());
    }

    @Test
    @WithMockUser(username = "profile-owner@moderation-profiles.test", roles = "MEMBER")
    void theOwnerOfAHiddenProfileSeesItWithANotice() {
        long me = signedIn("profile-owner@moderation-profiles.test", "Jowan Owner");
        Someone self = new Someone("profile-owner@moderation-profiles.test", 0, me);
        UI.getCurrent().navigate("people/" + me);
        assertThat(all(Paragraph.class).stream().filter(p -> p.getId().filter("profile-hidden-notice"::equals)
                .isPresent())).isEmpty();

        hide(self);
        assertThat(profiles.isHidden(me)).isTrue();
        UI.getCurrent().navigate("people/" + me);
        Paragraph notice = all(Paragraph.class).stream()
                .filter(p -> p.getId().filter("profile-hidden-notice"::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no hidden notice"));
        assertThat(notice.getText()).contains("hidden pending review");
        assertThat(notice.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(all(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.getId().filter("profile-hidden-notices-link"::equals).isPresent())
                .map(com.vaadin.flow.component.html.Anchor::getHref)).containsExactly("moderation/notices");
        assertThat(heading()).isEqualTo("Jowan Owner");
    }

    @Test
    @WithMockUser(username = "profile-reader@moderation-profiles.test", roles = "MEMBER")
    void otherMembersSeeNotFoundForAHiddenProfile() {
        signedIn("profile-reader@moderation-profiles.test", "Elestren Reader");
        Someone owner = person(accounts, people, "Petrok Hidden");
        UI.getCurrent().navigate("people/" + owner.personId());
        assertThat(heading()).isEqualTo("Petrok Hidden");
        assertThat(button("profile-flag")).isPresent();

        hide(owner);
        UI.getCurrent().navigate("people/" + owner.personId());
        assertThat(heading()).isEqualTo("Profile not found");
        assertThat(button("profile-flag")).isEmpty();
    }

    @Test
    @WithMockUser(username = "profile-moderator@moderation-profiles.test", roles = {"MEMBER", "MODERATOR"})
    void moderatorsStillSeeAHiddenProfileMarkedAsHidden() {
        signedIn("profile-moderator@moderation-profiles.test", "Gwithian Moderator");
        Someone owner = person(accounts, people, "Lowena Hidden");
        hide(owner);
        UI.getCurrent().navigate("people/" + owner.personId());
        assertThat(heading()).isEqualTo("Lowena Hidden");
        Paragraph notice = all(Paragraph.class).stream()
                .filter(p -> p.getId().filter("profile-hidden-notice"::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no hidden notice"));
        assertThat(notice.getText()).contains("hidden pending moderation").contains("moderators");
    }
}
