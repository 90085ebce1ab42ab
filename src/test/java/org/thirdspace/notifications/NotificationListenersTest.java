package org.thirdspace.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * Domain events of other modules become notifications for the right people (asynchronously,
 * after commit), with texts and links, and never for people who may not see the item.
 */
@IntegrationTest
class NotificationListenersTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    ForumService forum;
    @Autowired
    GroupService groups;
    @Autowired
    IntroductionService introductions;
    @Autowired
    org.thirdspace.casestudies.CaseStudyService caseStudies;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    InstitutionService institutions;

    private Someone member(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    private List<Notification> of(Someone who) {
        return as(who.email(), "MEMBER", () -> notifications.mine(0, 50).items());
    }

    private Notification awaitOne(Someone who, NotificationKind kind, String text) {
        await().atMost(Duration.ofSeconds(20)).until(() -> of(who).stream()
                .anyMatch(n -> n.kind() == kind && n.message().contains(text)));
        return of(who).stream().filter(n -> n.kind() == kind && n.message().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void repliesMentionsAndAcceptedAnswersReachTheirPeople() {
        Someone asker = member("Wenlock Asker");
        Someone answerer = member("Wenlock Answerer");
        Someone named = member("Wenlock Named");
        Someone mod = member("Wenlock Moderator", Role.MODERATOR);
        var category = ForumFixtures.category(forum, mod, "Wenlock " + System.nanoTime());
        var topic = ForumFixtures.topic(forum, asker, category.forum(), TopicKind.QUESTION, "Wenlock mentoring rota",
                "Who keeps the rota?");
        Post reply = ForumFixtures.reply(forum, answerer, topic.id(), "Ask @[Wenlock Named](person:"
                + named.personId() + "), she keeps it.");

        Notification mention = awaitOne(named, NotificationKind.MENTION, "Wenlock mentoring rota");
        assertThat(mention.message()).isEqualTo("Wenlock Answerer mentioned you in \u201cWenlock mentoring rota\u201d");
        assertThat(mention.link()).isEqualTo("forum/t/" + topic.id() + "?post=" + reply.number());
        assertThat(mention.read()).isFalse();
        // the starter watches the topic: told of the reply
        Notification replied = awaitOne(asker, NotificationKind.TOPIC_REPLY, "Wenlock mentoring rota");
        assertThat(replied.message()).isEqualTo("Wenlock Answerer replied in \u201cWenlock mentoring rota\u201d");

        as(asker.email(), "MEMBER", () -> forum.accept(topic.id(), reply.id()));
        Notification accepted = awaitOne(answerer, NotificationKind.ANSWER_ACCEPTED, "Wenlock mentoring rota");
        assertThat(accepted.message()).startsWith("Wenlock Asker accepted your answer");

        // the author of the reply hears nothing about their own post
        assertThat(of(answerer)).extracting(Notification::kind).containsExactly(NotificationKind.ANSWER_ACCEPTED);
        // however often the listener runs, one notification per cause
        assertThat(of(named)).filteredOn(n -> n.kind() == NotificationKind.MENTION).hasSize(1);
    }

    @Test
    void nobodyHearsOfAPrivateGroupTheyAreNotIn() {
        GroupFixtures.Partners[] out = new GroupFixtures.Partners[1];
        var group = ForumFixtures.group(groups, accounts, people, institutions, "Clun private " + System.nanoTime(),
                GroupVisibility.PRIVATE, out);
        Someone teacher = out[0].teacher();
        Someone tutor = out[0].tutor();
        Someone outsider = member("Clun Outsider");
        var topic = ForumFixtures.topic(forum, tutor, ForumKey.group(group.id()), TopicKind.DISCUSSION,
                "Clun private timetable", "Only for us.");
        ForumFixtures.reply(forum, teacher, topic.id(), "First reply, mentioning @[Clun Outsider](person:"
                + outsider.personId() + ").");
        awaitOne(tutor, NotificationKind.TOPIC_REPLY, "Clun private timetable");

        // the tutor leaves the group: a later reply is no longer theirs to hear of
        as(tutor.email(), "MEMBER", () -> groups.leave(group.id()));
        Post later = ForumFixtures.reply(forum, teacher, topic.id(), "Second reply after the tutor left.");
        // a marker after the reply: once the marker arrives, the reply's listeners ran too
        Someone marker = member("Clun Marker");
        var publicCategory = ForumFixtures.category(forum, member("Clun Mod", Role.MODERATOR), "Clun " + System.nanoTime());
        var markerTopic = ForumFixtures.topic(forum, tutor, publicCategory.forum(), TopicKind.DISCUSSION,
                "Clun marker topic", "Marker.");
        ForumFixtures.reply(forum, marker, markerTopic.id(), "Marker reply");
        awaitOne(tutor, NotificationKind.TOPIC_REPLY, "Clun marker topic");

        assertThat(of(tutor)).filteredOn(n -> n.link().contains("?post=" + later.number())
                && n.link().startsWith("forum/t/" + topic.id())).isEmpty();
        assertThat(of(outsider)).isEmpty();
    }

    @Test
    void introductionRequestsAndAnswers() {
        Someone asker = member("Ludlow Asker");
        Someone target = member("Ludlow Target");
        var asked = as(asker.email(), "MEMBER", () -> introductions.request(target.personId(), "Could we talk?"));
        Notification request = awaitOne(target, NotificationKind.INTRODUCTION_REQUESTED, "Ludlow Asker");
        assertThat(request.message()).isEqualTo("Ludlow Asker asks to be introduced to you");
        assertThat(request.link()).isEqualTo("introductions");

        as(target.email(), "MEMBER", () -> introductions.accept(asked.id()));
        Notification answer = awaitOne(asker, NotificationKind.INTRODUCTION_ANSWERED, "Ludlow Target");
        assertThat(answer.message()).isEqualTo("Ludlow Target accepted your introduction request");
    }

    @Test
    void joinRequestsGoToFacilitatorsAndTheAnswerToTheRequester() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Knighton " + System.nanoTime());
        Someone asker = member("Knighton Asker");
        String name = "Knighton partnership " + System.nanoTime();
        long id = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership(name, GroupVisibility.MEMBERS_ONLY, p, p.school().id()))).id();
        var request = as(asker.email(), "MEMBER", () -> groups.requestToJoin(id, "I mentor science", null));
        Notification asked = awaitOne(p.teacher(), NotificationKind.JOIN_REQUEST, name);
        assertThat(asked.message()).isEqualTo("Knighton Asker asks to join " + name);
        assertThat(asked.link()).isEqualTo("groups/" + id);

        as(p.teacher().email(), "MEMBER", () -> groups.approve(request.id()));
        Notification approved = awaitOne(asker, NotificationKind.JOIN_REQUEST_ANSWERED, name);
        assertThat(approved.message()).isEqualTo("Your request to join " + name + " was approved");
    }

    @Test
    void reviewsAreRequestedOfModeratorsAndTheDecisionReachesTheAuthor() {
        Someone author = member("Presteigne Author");
        Someone moderator = member("Presteigne Moderator", Role.MODERATOR);
        Someone bystander = member("Presteigne Bystander");
        String title = "Presteigne reading buddies " + System.nanoTime();
        var draft = org.thirdspace.casestudies.CaseStudyFixtures.create(caseStudies, author,
                org.thirdspace.casestudies.CaseStudyFixtures.draft(title, "presteigne"));
        as(author.email(), "MEMBER", () -> caseStudies.submit(draft.id(), draft.headRevision()));
        Notification review = awaitOne(moderator, NotificationKind.REVIEW_REQUESTED, title);
        assertThat(review.message()).isEqualTo("Presteigne Author asks you to review \u201c" + title + "\u201d");
        assertThat(review.link()).isEqualTo("case-studies/" + draft.id());

        as(moderator.email(), "MODERATOR", () -> caseStudies.review(draft.id(), draft.headRevision(),
                org.thirdspace.casestudies.ReviewDecision.CHANGES_REQUESTED, "Add the evaluation, please."));
        Notification changes = awaitOne(author, NotificationKind.CASE_STUDY_CHANGES_REQUESTED, title);
        assertThat(changes.message()).isEqualTo("Presteigne Moderator asked for changes to \u201c" + title + "\u201d");
        // a member who may not see the draft hears nothing of it
        assertThat(of(bystander)).isEmpty();
        assertThat(of(author)).extracting(Notification::kind)
                .doesNotContain(NotificationKind.REVIEW_REQUESTED);
    }
}
