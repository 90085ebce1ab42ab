package org.thirdspace.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.shared.RuleViolation.Kind;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.HistoryType;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class ForumServiceTest {

    @Autowired
    ForumService forum;
    @Autowired
    ForumModeration moderation;
    @Autowired
    ForumWatching watching;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    GroupService groups;
    @Autowired
    InstitutionService institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private Someone member(String name) {
        return ProfileFixtures.person(accounts, people, name);
    }

    private Someone moderator(String name) {
        return ProfileFixtures.person(accounts, people, name, Role.MODERATOR);
    }

    private static <T> T asMember(Someone who, java.util.function.Supplier<T> action) {
        return as(who.email(), "MEMBER", action);
    }

    private static ForumException.Kind kindOf(Runnable action) {
        try {
            action.run();
        } catch (ForumException e) {
            return e.kind();
        }
        throw new AssertionError("no ForumException");
    }

    @Test
    void aPrivateGroupForumIsNotFoundForNonMembersAndFollowsMembership() {
        GroupFixtures.Partners[] p = new GroupFixtures.Partners[1];
        var group = ForumFixtures.group(groups, accounts, people, institutions, "Quenby", GroupVisibility.PRIVATE, p);
        Someone outsider = member("Quenby Outsider");
        Someone mod = moderator("Quenby Moderator");
        var topic = ForumFixtures.topic(forum, p[0].teacher(), ForumKey.group(group.id()), TopicKind.QUESTION,
                "Quenby cover rota for mentors", "Who covers the **mentor** meetings on Fridays?", "mentoring");
        Post reply = ForumFixtures.reply(forum, p[0].tutor(), topic.id(), "I can, from next term.");

        for (Someone stranger : List.of(outsider, mod)) {
            String role = stranger == mod ? "MODERATOR" : "MEMBER";
            as(stranger.email(), role, () -> {
                assertThat(kindOf(() -> forum.topic(topic.id()))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> forum.page(topic.id(), 1))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> forum.post(reply.id()))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> forum.groupForum(group.id()))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> forum.reply(topic.id(), PostDraft.of("Let me in")))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> forum.setHelpful(reply.id(), true))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> forum.quote(reply.id()))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> watching.watch(WatchTarget.topic(topic.id())))).isEqualTo(Kind.NOT_FOUND);
                assertThat(kindOf(() -> forum.topics(TopicListQuery.of(ForumKey.group(group.id()), 0, 20))))
                        .isEqualTo(Kind.NOT_FOUND);
                assertThat(forum.topics(new TopicListQuery(null, "mentoring", null, null, false, 0, 100)).items())
                        .extracting(TopicSummary::id).doesNotContain(topic.id());
                assertThat(forum.myGroupForums()).extracting(GroupForum::groupId).doesNotContain(group.id());
            });
        }
        assertThat(kindOf(() -> forum.topic(topic.id()))).isEqualTo(Kind.NOT_FOUND);

        // members see it; someone who leaves no longer does
        assertThat(asMember(p[0].tutor(), () -> forum.page(topic.id(), 1).posts())).hasSize(2);
        asMember(p[0].tutor(), () -> {
            groups.leave(group.id());
            return null;
        });
        assertThat(asMember(p[0].tutor(), () -> kindOf(() -> forum.topic(topic.id())))).isEqualTo(Kind.NOT_FOUND);
        // mentions of people who may not see the forum are not recorded or told
        as(p[0].teacher().email(), "MEMBER", () -> forum.reply(topic.id(),
                PostDraft.of("Thanks @[Quenby Outsider](person:" + outsider.personId() + ")")));
        assertThat(events.stream(MentionedInPost.class).filter(e -> e.topicId() == topic.id())).isEmpty();
    }

    @Test
    void unreadCountsFollowReadsAndNewReplies() {
        Someone author = member("Ulverston Author");
        Someone reader = member("Ulverston Reader");
        Someone mod = moderator("Ulverston Moderator");
        Category category = ForumFixtures.category(forum, mod, "Ulverston");
        ForumKey where = category.forum();
        var topic = ForumFixtures.topic(forum, author, where, TopicKind.DISCUSSION, "Ulverston placement diaries",
                "How do you keep placement diaries?");
        for (int i = 1; i <= 24; i++) {
            ForumFixtures.reply(forum, author, topic.id(), "Diary note " + i);
        }
        // not tracked yet: nothing unread
        assertThat(asMember(reader, () -> forum.topic(topic.id()).summary().unreadCount())).isZero();
        // reading page 1 marks 1..20 read
        TopicPage first = asMember(reader, () -> forum.page(topic.id(), 1));
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.posts()).extracting(Post::number).startsWith(1, 2).hasSize(20);
        assertThat(asMember(reader, () -> forum.topic(topic.id()).summary().unreadCount())).isEqualTo(5);
        assertThat(asMember(reader, () -> forum.firstUnreadPage(topic.id()))).isEqualTo(2);
        assertThat(asMember(reader, () -> forum.topic(topic.id()).firstUnreadNumber())).isEqualTo(21);
        // a new reply by someone else adds one; the reader's own reply does not count and marks all read
        ForumFixtures.reply(forum, author, topic.id(), "Diary note 25");
        assertThat(asMember(reader, () -> forum.topic(topic.id()).summary().unreadCount())).isEqualTo(6);
        TopicPage second = asMember(reader, () -> forum.page(topic.id(), 2));
        assertThat(second.posts()).extracting(Post::number).containsExactly(21, 22, 23, 24, 25, 26);
        assertThat(second.posts()).allMatch(Post::unread);
        assertThat(asMember(reader, () -> forum.topic(topic.id()).summary().unreadCount())).isZero();
        ForumFixtures.reply(forum, author, topic.id(), "Diary note 26");
        ForumFixtures.reply(forum, reader, topic.id(), "Mine are on paper.");
        assertThat(asMember(reader, () -> forum.topic(topic.id()).summary().unreadCount())).isZero();
        // a removed post is not unread
        ForumFixtures.reply(forum, author, topic.id(), "Diary note 27");
        Post extra = ForumFixtures.reply(forum, author, topic.id(), "Diary note 28, posted twice");
        asMember(author, () -> forum.remove(extra.id(), "Posted twice"));
        assertThat(asMember(reader, () -> forum.topic(topic.id()).summary().unreadCount())).isEqualTo(1);
        // the forum list and badge agree
        assertThat(asMember(reader, () -> forum.category(category.id()).unreadTopics())).isEqualTo(1);
        assertThat(asMember(reader, () -> watching.unread().unreadPosts())).isGreaterThanOrEqualTo(1);
        assertThat(asMember(reader, () -> forum.topics(new TopicListQuery(where, null, null, null, true, 0, 20))
                .items())).extracting(TopicSummary::id).containsExactly(topic.id());
        asMember(reader, () -> {
            watching.markForumRead(where);
            return null;
        });
        assertThat(asMember(reader, () -> forum.category(category.id()).unreadTopics())).isZero();

        // watching a category tracks topics started after the watch began
        Someone watcher = member("Ulverston Watcher");
        asMember(watcher, () -> {
            watching.watch(WatchTarget.forum(where));
            return null;
        });
        var later = ForumFixtures.topic(forum, author, where, TopicKind.DISCUSSION, "Ulverston timetable clash",
                "The mentor training clashes with parents' evening.");
        ForumFixtures.reply(forum, author, later.id(), "Moved it to Thursday.");
        assertThat(asMember(watcher, () -> forum.topic(later.id()).summary().unreadCount())).isEqualTo(2);
        assertThat(asMember(watcher, () -> watching.watchersOf(later.id()))).contains(watcher.personId());
    }

    @Test
    void acceptedAnswerRulesAreEnforced() {
        Someone asker = member("Wendover Asker");
        Someone answerer = member("Wendover Answerer");
        Someone other = member("Wendover Other");
        Someone mod = moderator("Wendover Moderator");
        Category category = ForumFixtures.category(forum, mod, "Wendover");
        var question = ForumFixtures.topic(forum, asker, category.forum(), TopicKind.QUESTION,
                "Wendover: how long should a placement be?", "Six weeks or eight?");
        Post answer = ForumFixtures.reply(forum, answerer, question.id(), "Eight weeks, with a review at four.");
        Post second = ForumFixtures.reply(forum, other, question.id(), "Six is enough for primary.");
        long opening = asMember(asker, () -> forum.page(question.id(), 1).posts().get(0).id());

        assertThat(asMember(other, () -> kindOf(() -> forum.accept(question.id(), answer.id()))))
                .isEqualTo(Kind.FORBIDDEN);
        assertThat(asMember(asker, () -> kindOf(() -> forum.accept(question.id(), opening)))).isEqualTo(Kind.INVALID);
        var discussion = ForumFixtures.topic(forum, asker, category.forum(), TopicKind.DISCUSSION,
                "Wendover: placement stories", "Share yours.");
        Post elsewhere = ForumFixtures.reply(forum, other, discussion.id(), "Ours went well.");
        assertThat(asMember(asker, () -> kindOf(() -> forum.accept(question.id(), elsewhere.id()))))
                .isEqualTo(Kind.INVALID);
        assertThat(asMember(asker, () -> kindOf(() -> forum.accept(discussion.id(), elsewhere.id()))))
                .isEqualTo(Kind.INVALID);
        assertThat(topicAccepted(question.id())).isNull();

        TopicDetails accepted = asMember(asker, () -> forum.accept(question.id(), answer.id()));
        assertThat(accepted.summary().solved()).isTrue();
        assertThat(accepted.acceptedAnswer().id()).isEqualTo(answer.id());
        assertThat(accepted.acceptedAnswer().accepted()).isTrue();
        assertThat(events.stream(AnswerAccepted.class).filter(e -> e.topicId() == question.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.answerAuthorPersonId()).isEqualTo(answerer.personId());
                    assertThat(e.byPersonId()).isEqualTo(asker.personId());
                });
        // a moderator may change it; removing the accepted answer takes it back
        as(mod.email(), "MODERATOR", () -> forum.accept(question.id(), second.id()));
        assertThat(topicAccepted(question.id())).isEqualTo(second.id());
        asMember(other, () -> forum.remove(second.id(), "Wrong phase"));
        assertThat(topicAccepted(question.id())).isNull();
        assertThat(asMember(asker, () -> kindOf(() -> forum.accept(question.id(), second.id()))))
                .isEqualTo(Kind.INVALID);
        // the solved filter follows
        asMember(asker, () -> forum.accept(question.id(), answer.id()));
        assertThat(forum.topics(new TopicListQuery(category.forum(), null, true, null, false, 0, 20)).items())
                .extracting(TopicSummary::id).containsExactly(question.id());
        assertThat(forum.topics(new TopicListQuery(category.forum(), null, false, null, false, 0, 20)).items())
                .isEmpty();
        asMember(asker, () -> forum.unaccept(question.id()));
        assertThat(topicAccepted(question.id())).isNull();
    }

    private Long topicAccepted(long topicId) {
        return jdbc.queryForObject("select accepted_post_id from forum_topic where id = ?", Long.class, topicId);
    }

    @Test
    void badInputIsRefusedWithSpecificErrorsAndNothingIsHalfSaved() {
        Someone author = member("Yarcombe Author");
        Someone mod = moderator("Yarcombe Moderator");
        Category category = ForumFixtures.category(forum, mod, "Yarcombe");
        var topic = ForumFixtures.topic(forum, author, category.forum(), TopicKind.DISCUSSION, "Yarcombe questions",
                "First post.");
        int topicsBefore = count("select count(*) from forum_topic");
        int postsBefore = count("select count(*) from forum_post");

        String huge = "a".repeat(1024 * 1024);
        List<Runnable> refused = List.of(
                () -> forum.reply(topic.id(), PostDraft.of("   ")),
                () -> forum.reply(topic.id(), PostDraft.of(huge)),
                () -> forum.reply(topic.id(), PostDraft.of("broken \uD800 text")),
                () -> forum.reply(topic.id(), PostDraft.of("nul \u0000 byte")),
                () -> forum.createTopic(new TopicDraft(category.forum(), TopicKind.DISCUSSION, "Fine title", "", List.of())),
                () -> forum.createTopic(new TopicDraft(category.forum(), TopicKind.DISCUSSION, "Fine title", huge, List.of())),
                () -> forum.createTopic(new TopicDraft(category.forum(), TopicKind.DISCUSSION, "x", "Body", List.of())),
                () -> forum.createTopic(new TopicDraft(category.forum(), null, "Fine title", "Body", List.of())),
                () -> forum.createTopic(new TopicDraft(category.forum(), TopicKind.DISCUSSION, "Fine title", "Body",
                        List.of("Not A Tag!"))),
                () -> forum.createTopic(new TopicDraft(category.forum(), TopicKind.DISCUSSION, "Fine title", "Body",
                        List.of("a", "b", "c", "d", "e", "f"))));
        for (Runnable r : refused) {
            assertThat(asMember(author, () -> kindOf(r))).isEqualTo(Kind.INVALID);
        }
        assertThatThrownBy(() -> asMember(author, () -> forum.reply(topic.id(), PostDraft.of(huge))))
                .isInstanceOfSatisfying(ForumException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("forum.error.post-too-long");
                    assertThat(e.field()).isEqualTo("markdown");
                    assertThat(e.args()).containsExactly(ForumService.MAX_POST, huge.length());
                });
        // unknown ids
        assertThat(asMember(author, () -> kindOf(() -> forum.topic(987_654_321L)))).isEqualTo(Kind.NOT_FOUND);
        assertThat(asMember(author, () -> kindOf(() -> forum.reply(987_654_321L, PostDraft.of("Hello")))))
                .isEqualTo(Kind.NOT_FOUND);
        assertThat(asMember(author, () -> kindOf(() -> forum.edit(987_654_321L, new PostEdit("x", null, null)))))
                .isEqualTo(Kind.NOT_FOUND);
        assertThat(asMember(author, () -> kindOf(() -> forum.createTopic(new TopicDraft(ForumKey.category(987_654_321L),
                TopicKind.DISCUSSION, "Fine title", "Body", List.of()))))).isEqualTo(Kind.NOT_FOUND);
        // a refused edit leaves the post as it was
        long first = asMember(author, () -> forum.page(topic.id(), 1).posts().get(0).id());
        assertThat(asMember(author, () -> kindOf(() -> forum.edit(first, new PostEdit("", null, null)))))
                .isEqualTo(Kind.INVALID);
        assertThat(count("select count(*) from forum_topic")).isEqualTo(topicsBefore);
        assertThat(count("select count(*) from forum_post")).isEqualTo(postsBefore);
        assertThat(count("select count(*) from forum_post_revision where post_id = " + first)).isZero();
        assertThat(jdbc.queryForObject("select last_post_number from forum_topic where id = ?", Integer.class,
                topic.id())).isEqualTo(1);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void concurrentRepliesGetDistinctNumbersWithoutGaps() throws Exception {
        Someone author = member("Zennor Author");
        Someone mod = moderator("Zennor Moderator");
        Category category = ForumFixtures.category(forum, mod, "Zennor");
        var topic = ForumFixtures.topic(forum, author, category.forum(), TopicKind.DISCUSSION, "Zennor busy thread",
                "Go!");
        List<Someone> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writers.add(member("Zennor Writer " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Integer>>> jobs = new ArrayList<>();
            for (Someone w : writers) {
                jobs.add(() -> {
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        numbers.add(ForumFixtures.reply(forum, w, topic.id(), "Reply " + i).number());
                    }
                    return numbers;
                });
            }
            Set<Integer> all = new HashSet<>();
            for (Future<List<Integer>> f : pool.invokeAll(jobs)) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(20).allMatch(n -> n >= 2 && n <= 21);
        } finally {
            pool.shutdownNow();
        }
        TopicDetails details = forum.topic(topic.id());
        assertThat(details.summary().replyCount()).isEqualTo(20);
        assertThat(details.summary().lastPostNumber()).isEqualTo(21);
    }

    @Test
    void editsKeepHistoryAndRemovalLeavesAPlaceholder() {
        Someone author = member("Abinger Author");
        Someone reader = member("Abinger Reader");
        Someone mod = moderator("Abinger Moderator");
        Category category = ForumFixtures.category(forum, mod, "Abinger");
        var topic = ForumFixtures.topic(forum, author, category.forum(), TopicKind.DISCUSSION, "Abinger tutor visits",
                "We visit twice a term.");
        Post reply = ForumFixtures.reply(forum, author, topic.id(), "Visits are on **Tuesdays**.");
        Post edited = asMember(author, () -> forum.edit(reply.id(), new PostEdit("Visits are on Wednesdays.", 0,
                "Day changed")));
        assertThat(edited.revisionCount()).isEqualTo(1);
        assertThat(edited.html()).contains("Wednesdays");
        assertThat(asMember(author, () -> kindOf(() -> forum.edit(reply.id(), new PostEdit("Stale", 0, null)))))
                .isEqualTo(Kind.CONFLICT);
        assertThat(asMember(reader, () -> kindOf(() -> forum.edit(reply.id(), new PostEdit("Mine now", null, null)))))
                .isEqualTo(Kind.FORBIDDEN);
        assertThat(asMember(reader, () -> kindOf(() -> forum.history(reply.id())))).isEqualTo(Kind.FORBIDDEN);
        List<PostVersion> history = as(mod.email(), "MODERATOR", () -> forum.history(reply.id()));
        assertThat(history).extracting(PostVersion::markdown)
                .containsExactly("Visits are on **Tuesdays**.", "Visits are on Wednesdays.");
        assertThat(history.get(1).reason()).isEqualTo("Day changed");
        assertThat(history.get(1).current()).isTrue();

        assertThat(asMember(author, () -> kindOf(() -> forum.remove(reply.id(), " ")))).isEqualTo(Kind.INVALID);
        asMember(author, () -> forum.remove(reply.id(), "Out of date"));
        Post seenByReader = asMember(reader, () -> forum.post(reply.id()));
        assertThat(seenByReader.removed()).isTrue();
        assertThat(seenByReader.html()).isNull();
        assertThat(seenByReader.markdown()).isNull();
        assertThat(seenByReader.removalReason()).isNull();
        assertThat(asMember(author, () -> forum.post(reply.id())).removalReason()).isEqualTo("Out of date");
        assertThat(as(mod.email(), "MODERATOR", () -> forum.post(reply.id())).html()).contains("Wednesdays");
        assertThat(asMember(reader, () -> forum.page(topic.id(), 1).posts())).hasSize(2);
        assertThat(forum.topic(topic.id()).summary().replyCount()).isZero();
        long opening = asMember(author, () -> forum.page(topic.id(), 1).posts().get(0).id());
        assertThat(asMember(author, () -> kindOf(() -> forum.remove(opening, "Changed my mind"))))
                .isEqualTo(Kind.FORBIDDEN);
        as(mod.email(), "MODERATOR", () -> forum.restore(reply.id()));
        assertThat(forum.topic(topic.id()).summary().replyCount()).isEqualTo(1);
    }

    @Test
    void reactionsQuotesAndMentions() {
        Someone author = member("Brancaster Author");
        Someone fan = member("Brancaster Fan");
        Someone named = member("Brancaster Mentioned");
        Someone mod = moderator("Brancaster Moderator");
        Category category = ForumFixtures.category(forum, mod, "Brancaster");
        var topic = ForumFixtures.topic(forum, author, category.forum(), TopicKind.DISCUSSION, "Brancaster STEM club",
                "Who runs the club?");
        Post reply = ForumFixtures.reply(forum, author, topic.id(), "Ask @[Brancaster Mentioned](person:"
                + named.personId() + "), she knows. <script>alert(1)</script>");
        assertThat(reply.html()).contains("<a class=\"ts-mention\" href=\"people/" + named.personId()
                + "\">@Brancaster Mentioned</a>").doesNotContain("<script");
        assertThat(events.stream(MentionedInPost.class).filter(e -> e.postId() == reply.id()))
                .singleElement().extracting(MentionedInPost::mentionedPersonId).isEqualTo(named.personId());
        assertThat(asMember(fan, () -> forum.mentionable(category.forum(), "brancaster men", 5)))
                .extracting(Mentionable::personId).containsExactly(named.personId());
        assertThat(asMember(fan, () -> forum.mentionable(category.forum(), "mention", 5)))
                .extracting(Mentionable::personId).contains(named.personId());

        assertThat(asMember(author, () -> kindOf(() -> forum.setHelpful(reply.id(), true)))).isEqualTo(Kind.FORBIDDEN);
        asMember(fan, () -> forum.setHelpful(reply.id(), true));
        Post twice = asMember(fan, () -> forum.setHelpful(reply.id(), true));
        assertThat(twice.helpfulCount()).isEqualTo(1);
        assertThat(twice.helpfulByMe()).isTrue();
        assertThat(asMember(fan, () -> forum.setHelpful(reply.id(), false)).helpfulCount()).isZero();

        String quote = asMember(fan, () -> forum.quote(reply.id()));
        assertThat(quote).startsWith("> [Brancaster Author wrote in post 2:](forum/t/" + topic.id() + "?post=2)")
                .contains("> Ask @Brancaster Mentioned, she knows.").doesNotContain("person:");
        Post quoting = asMember(fan, () -> forum.reply(topic.id(), new PostDraft(quote + "Thanks!", reply.id())));
        assertThat(quoting.quotedPostNumber()).isEqualTo(2);
        assertThat(events.stream(MentionedInPost.class).filter(e -> e.postId() == quoting.id())).isEmpty();
        assertThat(events.stream(PostCreated.class).filter(e -> e.postId() == quoting.id())).hasSize(1);
    }

    @Test
    void moderatorsPinLockCloseMoveSplitAndMerge() {
        Someone author = member("Cranmore Author");
        Someone replier = member("Cranmore Replier");
        Someone mod = moderator("Cranmore Moderator");
        Category category = ForumFixtures.category(forum, mod, "Cranmore");
        Category other = ForumFixtures.category(forum, mod, "Cranmore Other");
        var topic = ForumFixtures.topic(forum, author, category.forum(), TopicKind.DISCUSSION, "Cranmore induction",
                "Induction for new mentors.");
        List<Post> replies = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            replies.add(ForumFixtures.reply(forum, replier, topic.id(), "Induction point " + i));
        }
        assertThat(asMember(author, () -> kindOf(() -> moderation.pin(topic.id(), true)))).isEqualTo(Kind.FORBIDDEN);
        as(mod.email(), "MODERATOR", () -> moderation.pin(topic.id(), true));
        ForumFixtures.topic(forum, author, category.forum(), TopicKind.DISCUSSION, "Cranmore later topic", "Later.");
        assertThat(forum.topics(TopicListQuery.of(category.forum(), 0, 10)).items().get(0).id()).isEqualTo(topic.id());

        as(mod.email(), "MODERATOR", () -> moderation.lock(topic.id(), true));
        assertThat(asMember(replier, () -> kindOf(() -> forum.reply(topic.id(), PostDraft.of("Locked?")))))
                .isEqualTo(Kind.FORBIDDEN);
        as(mod.email(), "MODERATOR", () -> forum.reply(topic.id(), PostDraft.of("Cooling off for a day.")));
        as(mod.email(), "MODERATOR", () -> moderation.lock(topic.id(), false));
        as(mod.email(), "MODERATOR", () -> moderation.close(topic.id(), true));
        assertThat(as(mod.email(), "MODERATOR", () -> kindOf(() -> forum.reply(topic.id(), PostDraft.of("Closed?")))))
                .isEqualTo(Kind.FORBIDDEN);
        as(mod.email(), "MODERATOR", () -> moderation.close(topic.id(), false));

        // split posts 3 and 4 into a new topic in the other category; old numbers redirect
        TopicDetails split = as(mod.email(), "MODERATOR", () -> moderation.split(topic.id(),
                List.of(replies.get(2).id(), replies.get(1).id()), "Cranmore induction: paperwork", other.forum()));
        assertThat(split.summary().forum()).isEqualTo(other.forum());
        assertThat(forum.page(split.id(), 1).posts()).extracting(Post::number, Post::html)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "<p>Induction point 2</p>"),
                        org.assertj.core.groups.Tuple.tuple(2, "<p>Induction point 3</p>"));
        assertThat(forum.locate(topic.id(), 3)).isEqualTo(new ForumService.PostLocation(split.id(), 1, 1));
        assertThat(forum.page(topic.id(), 1).posts()).extracting(Post::number).containsExactly(1, 2, 5, 6, 7);

        // merge a duplicate: its posts follow, it redirects
        var duplicate = ForumFixtures.topic(forum, replier, category.forum(), TopicKind.DISCUSSION,
                "Cranmore mentor induction (again)", "Is there an induction?", "induction");
        as(mod.email(), "MODERATOR", () -> moderation.merge(duplicate.id(), topic.id()));
        assertThat(forum.topic(duplicate.id()).summary().mergedIntoId()).isEqualTo(topic.id());
        assertThat(forum.locate(duplicate.id(), 1).topicId()).isEqualTo(topic.id());
        TopicPage merged = forum.page(topic.id(), 1);
        assertThat(merged.posts().get(merged.posts().size() - 1).html()).contains("Is there an induction?");
        assertThat(merged.topic().summary().tags()).contains("induction");
        assertThat(forum.topics(TopicListQuery.of(category.forum(), 0, 20)).items()).extracting(TopicSummary::id)
                .doesNotContain(duplicate.id());
        assertThat(asMember(replier, () -> kindOf(() -> forum.reply(duplicate.id(), PostDraft.of("Hello?")))))
                .isEqualTo(Kind.CONFLICT);

        as(mod.email(), "MODERATOR", () -> moderation.move(topic.id(), other.forum()));
        assertThat(forum.topic(topic.id()).summary().forum()).isEqualTo(other.forum());
        assertThat(events.stream(TopicChanged.class).filter(e -> e.topicId() == topic.id()).count())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void groupForumActivityReachesTheGroupTimeline() {
        GroupFixtures.Partners[] p = new GroupFixtures.Partners[1];
        var group = ForumFixtures.group(groups, accounts, people, institutions, "Dunster", GroupVisibility.PUBLIC, p);
        Someone outsider = member("Dunster Outsider");
        var topic = ForumFixtures.topic(forum, p[0].teacher(), ForumKey.group(group.id()), TopicKind.QUESTION,
                "Dunster shared INSET day", "Which date suits the university?");
        Post answer = ForumFixtures.reply(forum, p[0].tutor(), topic.id(), "The 4th of January.");
        asMember(p[0].teacher(), () -> forum.accept(topic.id(), answer.id()));
        // a public group's forum is readable by anyone, but only members post
        assertThat(forum.page(topic.id(), 1).posts()).hasSize(2);
        assertThat(asMember(outsider, () -> kindOf(() -> forum.reply(topic.id(), PostDraft.of("Me too")))))
                .isEqualTo(Kind.FORBIDDEN);
        assertThat(asMember(outsider, () -> forum.groupForum(group.id()).canPost())).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(asMember(p[0].teacher(),
                () -> groups.history(group.id(), Set.of(HistoryType.ACTIVITY), 0, 20)))
                .extracting(e -> e.activityKind())
                .contains("forum-topic", "forum-reply", "forum-answer"));
    }
}
