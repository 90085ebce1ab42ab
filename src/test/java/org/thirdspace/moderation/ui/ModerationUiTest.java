package org.thirdspace.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostDraft;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicDraft;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.moderation.FlagReason;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.moderation.QueueItem;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The moderation UI on the real services: a member flags a post from the topic page (the dialog
 * insists on a reason and on a text for "Other"), and a moderator hides it from the queue view.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class ModerationUiTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Heather-Lantern-Quay-7";

    @Autowired
    ForumService forums;
    @Autowired
    ModerationService moderation;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static String token() {
        StringBuilder sb = new StringBuilder("mq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    /** A topic with a reply by someone else; answers [topicId, replyId]. */
    private long[] topicWithReply(String token) {
        Someone mod = person(accounts, people, "Morvoren Moderator", Role.MODERATOR);
        Someone author = person(accounts, people, "Ailla Author");
        Category category = as(mod.email(), "MODERATOR", () -> forums.createCategory(new CategoryDraft(
                "flags-" + token, "Flags " + token, "Flag tests.", CategoryVisibility.PUBLIC, null, false)));
        TopicDetails topic = as(author.email(), "MEMBER", () -> forums.createTopic(new TopicDraft(category.forum(),
                TopicKind.DISCUSSION, "Work experience " + token, "Ideas welcome.", List.of())));
        Post reply = as(author.email(), "MEMBER", () -> forums.reply(topic.id(),
                PostDraft.of("Visit my shop for cheap " + token + " trainers!")));
        return new long[] {topic.id(), reply.id()};
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

    private static Button button(String id) {
        return all(Button.class).stream().filter(b -> b.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
    }

    @Test
    @WithMockUser(username = "flagger@moderation-ui.test", roles = "MEMBER")
    void aMemberFlagsAPostFromTheTopicPage() {
        testAccounts.verified("flagger@moderation-ui.test", "Fenna Flagger", PASSWORD);
        String token = token();
        long[] ids = topicWithReply(token);
        UI.getCurrent().navigate("forum/t/" + ids[0]);
        // the opening post and the reply are someone else's: both can be flagged
        test(button("post-2-flag")).click();
        roundTrip();
        FlagDialog dialog = all(FlagDialog.class).getFirst();

        test(dialog.submit).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue(FlagReason.OTHER);
        test(dialog.submit).click();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).contains("Other");
        dialog.text.setValue("An advert for trainers");
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();

        List<QueueItem> queue = as("someone-moderating@moderation-ui.test", "MODERATOR",
                () -> moderation.queue(0, 100).items());
        QueueItem item = queue.stream().filter(i -> i.target().toString().equals("forum-post:" + ids[1]))
                .findFirst().orElseThrow();
        assertThat(item.reasons()).containsEntry(FlagReason.OTHER, 1);
        assertThat(item.notes()).containsExactly("An advert for trainers");
    }

    @Test
    @WithMockUser(username = "queue-mod@moderation-ui.test", roles = {"MEMBER", "MODERATOR"})
    void aModeratorHidesAFlaggedPostFromTheQueue() {
        String token = token();
        long[] ids = topicWithReply(token);
        Someone flagger = person(accounts, people, "Bryok Flagger");
        as(flagger.email(), "MEMBER", () -> moderation.flag("forum-post:" + ids[1], "SPAM", null));

        ModerationQueueView view = navigate(ModerationQueueView.class);
        String card = "moderation-item-forum-post-" + ids[1];
        assertThat(Stream.of(view.items.getElement().getTextRecursively()).findFirst().orElseThrow())
                .contains(token).contains("Work experience " + token);
        test(button(card + "-hide")).click();

        assertThat(forums.post(ids[1]).hidden()).isTrue();
        assertThat(all(Button.class).stream().map(b -> b.getId().orElse(""))).doesNotContain(card + "-hide");
    }

    @Test
    @WithMockUser(username = "edit-mod@moderation-ui.test", roles = {"MEMBER", "MODERATOR"})
    void aModeratorEditsAFlaggedPostFromTheQueue() {
        testAccounts.verified("edit-mod@moderation-ui.test", "Esme Editor", PASSWORD);
        String token = token();
        long[] ids = topicWithReply(token);
        Someone flagger = person(accounts, people, "Lowdy Flagger");
        as(flagger.email(), "MEMBER", () -> moderation.flag("forum-post:" + ids[1], "COMMERCIAL_CLAIM", null));

        navigate(ModerationQueueView.class);
        String card = "moderation-item-forum-post-" + ids[1];
        Button editButton = button(card + "-edit");
        assertThat(editButton.getText()).isEqualTo("Edit");
        assertThat(editButton.getElement().getAttribute("aria-label")).contains("Forum post").contains("Ailla Author");
        test(editButton).click();
        roundTrip();
        EditDialog dialog = all(EditDialog.class).getFirst();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.text.getLabel()).isEqualTo("New text");
        assertThat(dialog.message.getLabel()).isEqualTo("Message to the author");
        assertThat(dialog.text.getValue()).isEqualTo("Visit my shop for cheap " + token + " trainers!");

        dialog.text.setValue("   ");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).contains("new text");

        dialog.text.setValue("Try the " + token + " work experience scheme at the _library_.");
        dialog.message.setValue("I removed the link to your shop.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();

        Post post = forums.post(ids[1]);
        assertThat(post.markdown()).isEqualTo("Try the " + token + " work experience scheme at the _library_.");
        assertThat(post.html()).contains("<em>library</em>");
        var history = forums.history(ids[1]);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).markdown()).isEqualTo("Visit my shop for cheap " + token + " trainers!");
        assertThat(history.get(1).editorName()).isEqualTo("Esme Editor");
        // resolved: the item has left the queue
        assertThat(all(Button.class).stream().map(b -> b.getId().orElse(""))).doesNotContain(card + "-edit");
    }
}
