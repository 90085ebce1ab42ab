package org.thirdspace.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.Comment;
import org.thirdspace.moderation.FlagReason;
import org.thirdspace.moderation.ModerationActionType;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.moderation.QueueItem;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The "Flag" buttons on the case-study page and its comments (added by moderation through the
 * case studies' extension point): shown to members who did not write the content, not to its
 * authors; the dialog sends the flag; a hidden comment shows its placeholder on the page and a
 * hidden case study its banner for its author.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class CaseStudyFlagUiTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Granite-Orchard-Kestrel-3";

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    ModerationService moderation;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static String token() {
        StringBuilder sb = new StringBuilder("cf");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

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

    private static List<String> buttonIds() {
        return all(Button.class).stream().map(b -> b.getId().orElse("")).toList();
    }

    private static Button button(String id) {
        return all(Button.class).stream().filter(b -> b.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id + " among " + buttonIds()));
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** The rendered bodies (set as innerHTML) of one comment on the page. */
    private String commentHtml(long commentId) {
        StringBuilder out = new StringBuilder();
        bodies(getCurrentView().getElement(), "cs-comment-" + commentId, false, out);
        return out.toString();
    }

    private static void bodies(com.vaadin.flow.dom.Element e, String id, boolean inside, StringBuilder out) {
        boolean in = inside || id.equals(e.getAttribute("id"));
        if (in && e.getClassList().contains("ts-cs-body")) {
            out.append(e.getProperty("innerHTML", ""));
        }
        e.getChildren().forEach(child -> bodies(child, id, in, out));
    }

    private void openDiscussion(long caseStudyId) {
        UI.getCurrent().navigate("case-studies/" + caseStudyId, QueryParameters.of("tab", "discussion"));
        roundTrip();
    }

    @Test
    @WithMockUser(username = "cs-flagger@moderation-ui.test", roles = "MEMBER")
    void aMemberFlagsACommentAndTheCaseStudyFromItsPage() {
        testAccounts.verified("cs-flagger@moderation-ui.test", "Senara Flagger", PASSWORD);
        String token = token();
        Someone mod = person(accounts, people, "Kernow Moderator", Role.MODERATOR);
        Someone author = person(accounts, people, "Tegen Author");
        Someone commenter = person(accounts, people, "Conan Commenter");
        CaseStudyDetails cs = CaseStudyFixtures.published(caseStudies, author, mod,
                CaseStudyFixtures.draft("Forest school " + token, token));
        Comment comment = as(commenter.email(), "MEMBER",
                () -> caseStudies.addComment(cs.id(), "Cheap " + token + " wellies at my shop"));
        Comment mine = as("cs-flagger@moderation-ui.test", "MEMBER",
                () -> caseStudies.addComment(cs.id(), "My own thoughts on " + token));

        openDiscussion(cs.id());
        assertThat(buttonIds()).contains("cs-flag", "cs-comment-flag-" + comment.id())
                .doesNotContain("cs-comment-flag-" + mine.id());
        assertThat(button("cs-comment-flag-" + comment.id()).getElement().getAttribute("aria-label"))
                .isEqualTo("Flag the comment by Conan Commenter for a moderator");

        test(button("cs-comment-flag-" + comment.id())).click();
        roundTrip();
        FlagDialog dialog = all(FlagDialog.class).getFirst();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Flag this comment for a moderator");
        dialog.reason.setValue(FlagReason.COMMERCIAL_CLAIM);
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();

        test(button("cs-flag")).click();
        roundTrip();
        FlagDialog second = all(FlagDialog.class).stream().filter(FlagDialog::isOpened).findFirst().orElseThrow();
        assertThat(second.getHeaderTitle()).isEqualTo("Flag this case study for a moderator");
        second.reason.setValue(FlagReason.OTHER);
        second.text.setValue("The outcomes are not supported");
        test(second.submit).click();
        assertThat(second.isOpened()).isFalse();

        List<QueueItem> queue = as(mod.email(), "MODERATOR", () -> moderation.queue(0, 100).items());
        assertThat(queue).anySatisfy(i -> {
            assertThat(i.target().toString()).isEqualTo("case-study-comment:" + comment.id());
            assertThat(i.reasons()).containsEntry(FlagReason.COMMERCIAL_CLAIM, 1);
        });
        assertThat(queue).anySatisfy(i -> {
            assertThat(i.target().toString()).isEqualTo("case-study:" + cs.id());
            assertThat(i.notes()).containsExactly("The outcomes are not supported");
        });

        // hidden: the page shows the placeholder instead of the text, and no flag button for it
        as(mod.email(), "MODERATOR",
                () -> moderation.act("case-study-comment:" + comment.id(), ModerationActionType.HIDE, null));
        openDiscussion(cs.id());
        assertThat(pageText()).contains("This comment is hidden pending moderation.");
        assertThat(commentHtml(comment.id())).isEmpty();
        assertThat(commentHtml(mine.id())).contains("My own thoughts on " + token);
        assertThat(buttonIds()).doesNotContain("cs-comment-flag-" + comment.id());
    }

    @Test
    @WithMockUser(username = "cs-author@moderation-ui.test", roles = "MEMBER")
    void authorsGetNoFlagButtonAndSeeTheirHiddenCaseStudyWithABanner() {
        testAccounts.verified("cs-author@moderation-ui.test", "Wenna Author", PASSWORD);
        String token = token();
        Someone mod = person(accounts, people, "Jory Moderator", Role.MODERATOR);
        Someone flagger = person(accounts, people, "Ysolde Flagger");
        Someone me = new Someone("cs-author@moderation-ui.test", 0, people.myPersonId().orElseThrow());
        CaseStudyDetails cs = CaseStudyFixtures.published(caseStudies, me, mod,
                CaseStudyFixtures.draft("Maths trails " + token, token));

        openDiscussion(cs.id());
        assertThat(buttonIds()).doesNotContain("cs-flag");
        assertThat(pageText()).doesNotContain("hidden pending moderator review");

        as(flagger.email(), "MEMBER", () -> moderation.flag("case-study:" + cs.id(), "SPAM", null));
        as(mod.email(), "MODERATOR", () -> moderation.act("case-study:" + cs.id(), ModerationActionType.HIDE, null));
        openDiscussion(cs.id());
        assertThat(pageText()).contains("Maths trails " + token)
                .contains("This case study is hidden pending moderator review.");
    }
}
