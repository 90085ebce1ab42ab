package org.thirdspace.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Mentionable;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostDraft;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicDraft;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.security.TestAccounts;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The forum views without a browser, on the real services and database: a question's page with
 * its posts and the accepted answer under the question, a private group's forum that a
 * non-member cannot find, bad input answered with specific messages, and the "mention someone"
 * box putting a person's mention into the reply.
 */
@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class ForumViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Thistle-Meteor-Basket-5";

    @Autowired
    ForumService forums;
    @Autowired
    GroupService groups;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestAccounts testAccounts;

    private static String token() {
        StringBuilder sb = new StringBuilder("fq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    /** A category made by a moderator (the current user stays who they are). */
    private Category category(String name, CategoryVisibility visibility) {
        Someone moderator = person(accounts, people, "Moira Moderator", Role.MODERATOR);
        return as(moderator.email(), "MODERATOR", () -> forums.createCategory(new CategoryDraft(
                CategoryDialog.slugOf(name), name, "Talk about " + name + ".", visibility, null, false)));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.menubar.MenuBarTester<com.vaadin.flow.component.menubar.MenuBar> menu(
            com.vaadin.flow.component.menubar.MenuBar bar) {
        return test(com.vaadin.flow.component.menubar.MenuBarTester.class, bar);
    }

    private static String text(com.vaadin.flow.component.HasElement c) {
        return c.getElement().getTextRecursively();
    }

    // ------------------------------------------------------------------ topic page

    @Test
    @WithMockUser(username = "asker@forum-ui.test", roles = "MEMBER")
    void theTopicPageShowsThePostsAndTheAcceptedAnswerUnderTheQuestion() {
        testAccounts.verified("asker@forum-ui.test", "Ada Asker", PASSWORD);
        String token = token();
        Category category = category("Pond science " + token, CategoryVisibility.PUBLIC);
        Someone replier = person(accounts, people, "Rhys Replier");
        TopicDetails question = forums.createTopic(new TopicDraft(category.forum(), TopicKind.QUESTION,
                "How do we survey a pond " + token + "?", "We have **one** afternoon.", List.of("ponds")));
        Post answer = as(replier.email(), "MEMBER", () -> forums.reply(question.id(),
                PostDraft.of("Use a *kick sample* net for three minutes.")));

        UI.getCurrent().navigate("forum/t/" + question.id());
        TopicView view = (TopicView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("How do we survey a pond " + token + "?");
        assertThat(view.postViews).hasSize(2);
        assertThat(text($(Component.class).withId("forum-topic-markers").single())).contains("Question, unanswered");
        PostView first = view.postViews.values().iterator().next();
        assertThat(first.getId()).contains("post-1");
        assertThat(text(first)).contains("Ada Asker");
        assertThat($(Component.class).withId("post-1-body").single().getElement().getProperty("innerHTML"))
                .contains("<strong>one</strong>");
        assertThat($(Component.class).withId("post-2-body").single().getElement().getProperty("innerHTML"))
                .contains("<em>kick sample</em>");
        assertThat(view.accepted).isNull();
        // the asker may accept the reply, not their own question
        assertThat($(Button.class).withId("post-1-accept").exists()).isFalse();

        test($(Button.class).withId("post-2-accept").single()).click();

        assertThat(forums.topic(question.id()).acceptedAnswer().id()).isEqualTo(answer.id());
        TopicView after = (TopicView) getCurrentView();
        assertThat(after.accepted).isNotNull();
        assertThat(text(after.accepted)).contains("Accepted answer", "Rhys Replier", "Go to the answer (post 2)");
        assertThat($(Component.class).withId("forum-accepted-body").single().getElement().getProperty("innerHTML"))
                .contains("<em>kick sample</em>");
        // shown under the question: right after the opening post
        List<Component> children = after.posts.getChildren().toList();
        assertThat(children.get(0).getId()).contains("post-1");
        assertThat(children.get(1)).isSameAs(after.accepted);
        assertThat(text($(Component.class).withId("forum-topic-markers").single())).contains("Solved");
        assertThat($(Button.class).withId("post-2-unaccept").exists()).isTrue();
    }

    // ------------------------------------------------------------------ privacy

    @Test
    @WithMockUser(username = "outsider@forum-ui.test", roles = "MEMBER")
    void aPrivateGroupsForumIsNotFoundForANonMember() {
        testAccounts.verified("outsider@forum-ui.test", "Otto Outsider", PASSWORD);
        String token = token();
        var partners = GroupFixtures.partners(accounts, people, institutions, "Hidden " + token);
        GroupDetails group = as(partners.teacher().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Secret " + token + " partnership", GroupVisibility.PRIVATE, partners, partners.school().id())));
        TopicDetails topic = as(partners.teacher().email(), "MEMBER", () -> forums.createTopic(new TopicDraft(
                ForumKey.group(group.id()), TopicKind.DISCUSSION, "Private plans " + token, "Only for us.",
                List.of())));

        UI.getCurrent().navigate("forum/g/" + group.id());
        assertThat($(H1.class).single().getText()).isEqualTo("Forum not found");
        assertThat(text(getCurrentView())).doesNotContain("Secret " + token).doesNotContain("Private plans")
                .contains("That forum, topic or post does not exist, or you may not see it.");

        UI.getCurrent().navigate("forum/t/" + topic.id());
        assertThat($(H1.class).single().getText()).isEqualTo("Topic not found");
        assertThat(text(getCurrentView())).doesNotContain("Private plans").doesNotContain("Only for us");

        UI.getCurrent().navigate("forum/t/" + topic.id(), QueryParameters.of(TopicView.POST, "1"));
        assertThat($(H1.class).single().getText()).isEqualTo("Topic not found");

        UI.getCurrent().navigate("forum/new", QueryParameters.of(NewTopicView.FORUM, "group:" + group.id()));
        NewTopicView form = (NewTopicView) getCurrentView();
        assertThat(form.where.isInvalid()).isTrue();
        assertThat(form.where.getErrorMessage())
                .isEqualTo("That forum does not exist, or you may not post in it. Choose one of the list.");
        assertThat(form.where.getValue()).isNull();

        UI.getCurrent().navigate(ForumHomeView.class);
        assertThat(text(getCurrentView())).doesNotContain("Private plans " + token).doesNotContain("Secret " + token);

        // a member of the group sees the same forum
        as(partners.teacher().email(), "MEMBER", () -> {
            assertThat(forums.groupForum(group.id()).groupName()).isEqualTo("Secret " + token + " partnership");
        });
    }

    // ------------------------------------------------------------------ bad input

    @Test
    @WithMockUser(username = "writer@forum-ui.test", roles = "MEMBER")
    void badInputIsAnsweredWithSpecificMessages() {
        testAccounts.verified("writer@forum-ui.test", "Wyn Writer", PASSWORD);
        String token = token();
        Category category = category("Writing " + token, CategoryVisibility.MEMBERS);

        UI.getCurrent().navigate("forum/new", QueryParameters.of(NewTopicView.FORUM, category.forum().key()));
        NewTopicView form = (NewTopicView) getCurrentView();
        assertThat(form.where.getValue()).isEqualTo(category.forum());
        test(form.body.text).setValue("A first post.");
        test(form.post).click();
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Give the topic a title.");

        test(form.title).setValue("Untagged " + token);
        test(form.tags).setValue("fine, Not A Tag!");
        test(form.post).click();
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.tags.isInvalid()).isTrue();
        assertThat(form.tags.getErrorMessage()).contains("is not one");

        test(form.tags).setValue("fine");
        test(form.body.text).setValue("   ");
        test(form.post).click();
        assertThat(form.body.text.isInvalid()).isTrue();
        assertThat(form.body.text.getErrorMessage()).isEqualTo("Write something before posting.");
        assertThat(forums.topics(org.thirdspace.forum.TopicListQuery.of(category.forum(), 0, 10)).total())
                .as("nothing half-saved").isZero();

        test(form.body.text).setValue("Now with **text**.");
        test(form.post).click();
        TopicView topic = (TopicView) getCurrentView();
        assertThat(topic.heading.getText()).isEqualTo("Untagged " + token);
        long topicId = topic.topicId();

        // a reply that is far too long: the service's limit, with the numbers
        // (the text area stops typing at the limit; a pasted or scripted value still reaches the service)
        topic.reply.text.setValue("x".repeat(ForumService.MAX_POST + 1));
        test(topic.replyButton).click();
        assertThat(topic.reply.text.isInvalid()).isTrue();
        assertThat(topic.reply.text.getErrorMessage()).startsWith("A post can have at most 50,000 characters");
        assertThat(topic.postViews).hasSize(1);

        // unknown topic and a page number that is not one
        UI.getCurrent().navigate("forum/t/987654321987");
        assertThat($(H1.class).single().getText()).isEqualTo("Topic not found");
        UI.getCurrent().navigate("forum/t/" + topicId, QueryParameters.of(TopicView.PAGE, "two"));
        assertThat(text(getCurrentView())).contains("\u201ctwo\u201d is not a valid page number, so it was left out.");
        UI.getCurrent().navigate("forum/c/no-such-" + token);
        assertThat($(H1.class).single().getText()).isEqualTo("Forum not found");
    }

    // ------------------------------------------------------------------ mentions

    @Test
    @WithMockUser(username = "mentioner@forum-ui.test", roles = "MEMBER")
    void theMentionBoxPutsThePersonsMentionIntoTheReply() {
        testAccounts.verified("mentioner@forum-ui.test", "Mo Mentioner", PASSWORD);
        String token = token();
        Category category = category("Mentions " + token, CategoryVisibility.PUBLIC);
        String word = token.substring(2, 3).toUpperCase() + token.substring(3);
        String name = "Zephyrine " + word + " Quill";
        Someone someone = person(accounts, people, name);
        TopicDetails topic = forums.createTopic(new TopicDraft(category.forum(), TopicKind.DISCUSSION,
                "Who runs the " + token + " club?", "Asking for a friend.", List.of()));

        UI.getCurrent().navigate("forum/t/" + topic.id());
        roundTrip(); // the composer's tab content is attached before the response
        TopicView view = (TopicView) getCurrentView();
        Composer reply = view.reply;
        test(reply.text).setValue("Ask");

        test(reply.mention).setFilter(word.substring(0, 5));
        List<Mentionable> suggestions = test(reply.mention).getSuggestionItems();
        assertThat(suggestions).extracting(Mentionable::personId).contains(someone.personId());
        Mentionable chosen = suggestions.stream().filter(m -> m.personId() == someone.personId()).findFirst()
                .orElseThrow();
        test(reply.mention).selectItem(Composer.mentionLabel(chosen));

        String token1 = "@[" + name + "](person:" + someone.personId() + ")";
        assertThat(reply.text.getValue()).isEqualTo("Ask " + token1 + " ");
        assertThat(reply.mention.getValue()).isNull();
        assertThat(reply.announcer.getText()).isEqualTo("Mention of " + name + " added to your text.");

        test(reply.text).setValue(reply.text.getValue() + "about it.");
        test(view.replyButton).click();
        TopicView after = (TopicView) getCurrentView();
        assertThat(after.postViews).hasSize(2);
        assertThat($(Component.class).withId("post-2-body").single().getElement().getProperty("innerHTML"))
                .contains("people/" + someone.personId()).contains(name);
    }

    // ------------------------------------------------------------------ moderation, editing, unread

    @Test
    @WithMockUser(username = "moderator@forum-ui.test", roles = {"MEMBER", "MODERATOR"})
    void aModeratorPinsLocksSplitsAndMergesFromTheMenu() {
        testAccounts.verified("moderator@forum-ui.test", "Max Moderator", PASSWORD);
        String token = token();
        Category category = forums.createCategory(new CategoryDraft(CategoryDialog.slugOf("Moderated " + token),
                "Moderated " + token, null, CategoryVisibility.PUBLIC, null, false));
        Someone author = person(accounts, people, "Ari Author");
        Someone other = person(accounts, people, "Oli Other");
        TopicDetails topic = as(author.email(), "MEMBER", () -> forums.createTopic(new TopicDraft(category.forum(),
                TopicKind.DISCUSSION, "Field trips " + token, "Where do you go?", List.of())));
        as(other.email(), "MEMBER", () -> forums.reply(topic.id(), PostDraft.of("The beach.")));
        as(other.email(), "MEMBER", () -> forums.reply(topic.id(), PostDraft.of("Off topic: minibus hire costs?")));
        as(author.email(), "MEMBER", () -> forums.reply(topic.id(), PostDraft.of("Off topic too: we pay 90 pounds.")));

        UI.getCurrent().navigate("forum/t/" + topic.id());
        TopicView view = (TopicView) getCurrentView();
        menu(view.moderate).clickItem("Moderate", "Pin to the top");
        assertThat(text($(Component.class).withId("forum-topic-markers").single())).contains("Pinned");
        menu(view.moderate).clickItem("Moderate", "Lock");
        assertThat(text($(Component.class).withId("forum-locked-notice").single()))
                .contains("only moderators (like you) can reply");
        assertThat(forums.topic(topic.id()).summary().locked()).isTrue();

        // split the two off-topic replies into a topic of their own
        menu(view.moderate).clickItem("Moderate", "Split replies into a new topic\u2026");
        assertThat(view.splitPanel).isNotNull();
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).withId("post-1-split").exists()).isFalse();
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).withId("post-3-split").single()).click();
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).withId("post-4-split").single()).click();
        assertThat(view.splitPanel.count.getText()).isEqualTo("2 replies chosen");
        test(view.splitPanel.title).setValue("Minibus hire " + token);
        test(view.splitPanel.split).click();
        TopicView split = (TopicView) getCurrentView();
        assertThat(split.heading.getText()).isEqualTo("Minibus hire " + token);
        assertThat(split.postViews).hasSize(2);
        long splitId = split.topicId();
        assertThat(forums.topic(topic.id()).postCount()).isEqualTo(2);

        // and merge it back: found by its number
        menu(split.moderate).clickItem("Moderate", "Merge into another topic\u2026");
        MergeDialog merge = $(MergeDialog.class).single();
        test(merge.target).setFilter("#" + topic.id());
        assertThat(test(merge.target).getSuggestionItems()).extracting(MergeDialog.Choice::id).containsExactly(topic.id());
        merge.target.setValue(test(merge.target).getSuggestionItems().getFirst());
        test($(Button.class).withId("forum-merge-confirm").single()).click();
        TopicView survivor = (TopicView) getCurrentView();
        assertThat(survivor.heading.getText()).isEqualTo("Field trips " + token);
        assertThat(forums.topic(topic.id()).postCount()).isEqualTo(4);

        // the merged topic's address leads to the survivor
        UI.getCurrent().navigate("forum/t/" + splitId);
        assertThat(((TopicView) getCurrentView()).heading.getText()).isEqualTo("Field trips " + token);
    }

    @Test
    @WithMockUser(username = "editor@forum-ui.test", roles = "MEMBER")
    void theAuthorEditsInPlaceSeesTheHistoryAndRemovesWithAReason() {
        testAccounts.verified("editor@forum-ui.test", "Eda Editor", PASSWORD);
        String token = token();
        Category category = category("Editing " + token, CategoryVisibility.PUBLIC);
        Someone other = person(accounts, people, "Pat Poster");
        TopicDetails topic = as(other.email(), "MEMBER", () -> forums.createTopic(new TopicDraft(category.forum(),
                TopicKind.DISCUSSION, "Reading buddies " + token, "Who pairs pupils?", List.of())));
        forums.reply(topic.id(), PostDraft.of("We pair by **interest**."));

        UI.getCurrent().navigate("forum/t/" + topic.id());
        roundTrip();
        test($(Button.class).withId("post-2-edit").single()).click();
        PostView mine = ((TopicView) getCurrentView()).postViews.values().stream().filter(p -> p.post().number() == 2)
                .findFirst().orElseThrow();
        assertThat(mine.editor.text.getValue()).isEqualTo("We pair by **interest**.");
        mine.editor.text.setValue("We pair by **interest**, then by reading age.");
        test($(com.vaadin.flow.component.textfield.TextField.class).withId("post-2-edit-reason").single())
                .setValue("added the second rule");
        test($(Button.class).withId("post-2-edit-save").single()).click();
        assertThat($(Component.class).withId("post-2-body").single().getElement().getProperty("innerHTML"))
                .contains("then by reading age");

        test($(Button.class).withId("post-2-history").single()).click();
        HistoryDialog history = $(HistoryDialog.class).single();
        assertThat(text(history.versions)).contains("Version 2 (current)", "Version 1", "Reason: added the second rule",
                "Written by Eda Editor");
        history.close();

        // removing needs a reason; the post stays as "Post removed", with the reason for its author
        test($(Button.class).withId("post-2-remove").single()).click();
        RemoveDialog remove = $(RemoveDialog.class).single();
        test(remove.remove).click();
        assertThat(remove.reason.isInvalid()).isTrue();
        assertThat(remove.reason.getErrorMessage()).isEqualTo("Give a reason for removing the post.");
        test(remove.reason).setValue("posted in the wrong topic");
        test(remove.remove).click();
        assertThat(text($(Component.class).withId("post-2").single())).contains("Post removed",
                "Reason: posted in the wrong topic").doesNotContain("reading age");
        assertThat($(Component.class).withId("post-2-body").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "reader@forum-ui.test", roles = "MEMBER")
    void aReturningReaderLandsOnTheFirstUnreadPostAfterADivider() {
        testAccounts.verified("reader@forum-ui.test", "Rae Reader", PASSWORD);
        String token = token();
        Category category = category("Unread " + token, CategoryVisibility.PUBLIC);
        Someone other = person(accounts, people, "Wes Writer");
        TopicDetails topic = as(other.email(), "MEMBER", () -> forums.createTopic(new TopicDraft(category.forum(),
                TopicKind.DISCUSSION, "Long thread " + token, "Post one.", List.of())));
        for (int i = 2; i <= 22; i++) {
            int n = i;
            as(other.email(), "MEMBER", () -> forums.reply(topic.id(), PostDraft.of("Post " + n + ".")));
        }
        forums.page(topic.id(), 1); // read posts 1 to 20
        as(other.email(), "MEMBER", () -> forums.reply(topic.id(), PostDraft.of("Post 23, new.")));

        UI.getCurrent().navigate("forum/t/" + topic.id());
        TopicView view = (TopicView) getCurrentView();
        assertThat(view.postViews.values()).extracting(p -> p.post().number()).containsExactly(21, 22, 23);
        List<Component> children = view.posts.getChildren().toList();
        assertThat(children.getFirst().getId()).contains("forum-unread-divider");
        // the reader's first visit to the forum is still going on (within thirty minutes): no earlier visit to name
        assertThat(text(children.getFirst())).isEqualTo("Unread posts start here");
        // page links: the second page is the current one
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withAttribute("aria-current", "page").single()
                .getText()).isEqualTo("2");

        // the forum list shows the topic as read now
        UI.getCurrent().navigate("forum/c/" + category.slug());
        assertThat(text($(Component.class).withId("forum-topic-" + topic.id()).single())).doesNotContain("unread");
    }

    @Test
    @WithMockUser(username = "categories@forum-ui.test", roles = {"MEMBER", "MODERATOR"})
    void aModeratorCreatesACategoryInTheDialogAndVisitorsReadIt() {
        testAccounts.verified("categories@forum-ui.test", "Cat Keeper", PASSWORD);
        String token = token();
        ForumHomeView home = navigate(ForumHomeView.class);
        test($(Button.class).withId("forum-category-new").single()).click();
        CategoryDialog dialog = $(CategoryDialog.class).single();
        test(dialog.name).setValue("Outdoor learning " + token);
        assertThat(dialog.slug.getValue()).isEqualTo("outdoor-learning-" + token);
        test(dialog.slug).setValue("Not a slug");
        test(dialog.save).click();
        assertThat(dialog.slug.isInvalid()).isTrue();
        assertThat(dialog.slug.getErrorMessage()).startsWith("Use lower-case letters, digits and single hyphens");
        test(dialog.slug).setValue("outdoor-" + token);
        test(dialog.description).setValue("Lessons outside the classroom.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(text(home.categoryTable)).contains("Outdoor learning " + token, "Lessons outside the classroom.");
        Category created = forums.categoryBySlug("outdoor-" + token).orElseThrow();
        assertThat(created.visibility()).isEqualTo(CategoryVisibility.PUBLIC);

        // a second category with the same address: the service's message at the address field
        test($(Button.class).withId("forum-category-new").single()).click();
        CategoryDialog again = $(CategoryDialog.class).single();
        test(again.name).setValue("Outdoor again " + token);
        test(again.slug).setValue("outdoor-" + token);
        test(again.save).click();
        assertThat(again.slug.isInvalid()).isTrue();
        assertThat(again.slug.getErrorMessage()).isEqualTo("Another category already has the address \u201coutdoor-"
                + token + "\u201d.");
        again.close();

        TopicDetails topic = forums.createTopic(new TopicDraft(created.forum(), TopicKind.DISCUSSION,
                "Forest school " + token, "Mud is fine.", List.of("outdoors")));
        // a visitor reads the public category and the topic, and is asked to log in to reply
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("forum/c/outdoor-" + token);
        assertThat(text(getCurrentView())).contains("Forest school " + token, "Log in to start topics and reply");
        UI.getCurrent().navigate("forum/t/" + topic.id());
        TopicView view = (TopicView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("Forest school " + token);
        assertThat(view.reply).isNull();
        assertThat(text($(Component.class).withId("forum-reply-section").single())).isEqualTo("Log in to reply");
    }
}
