package org.thirdspace.forum.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.casestudies.XssCorpus;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumModeration;
import org.thirdspace.forum.ForumSearch;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.ForumSearchResult;
import org.thirdspace.forum.ForumSearchResult.FacetCount;
import org.thirdspace.forum.ForumSearchResult.Highlight;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.PostEdit;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.forum.internal.search.ForumPostsIndex;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupFixtures.Partners;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinRequest;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.search.ReindexStatus;
import org.thirdspace.search.SearchAdministration;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The forum-posts index against the real Elasticsearch node: one hit per topic with its
 * best-matching post, phrases marked in escaped highlights, private group forums found by their
 * members only (hits and facet counts, following joining and leaving), removed posts and merged
 * topics never found, every filter, facet counts of topics (not posts), and the admin reindex.
 */
@IntegrationTest
class ForumSearchTest {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(20);
    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    @Autowired
    ForumSearch search;
    @Autowired
    ForumPostsIndex index;
    @Autowired
    GroupService groups;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    SearchAdministration administration;
    @Autowired
    ForumService forumService;
    @Autowired
    ForumModeration moderation;

    ForumContent forum;

    @BeforeEach
    void content() {
        forum = new ForumContent(forumService, moderation, ProfileFixtures.person(accounts, people, "Mona Moderator",
                Role.MODERATOR));
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A random word of letters no other test uses. */
    static String token() {
        StringBuilder sb = new StringBuilder("zf");
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private Someone person(String name) {
        return ProfileFixtures.person(accounts, people, name);
    }

    private ForumSearchResult searchAs(Someone who, ForumSearchQuery query) {
        return as(who.email(), "MEMBER", () -> search.search(query));
    }

    private ForumSearchResult searchAnonymously(ForumSearchQuery query) {
        return GroupSearchFixtures.anonymously(() -> search.search(query));
    }

    private static ForumSearchQuery query(String text, Long categoryId, Long groupId, String tag, Boolean solved,
            Long authorPersonId) {
        return new ForumSearchQuery(text, categoryId, groupId, tag, solved, authorPersonId, 0, 20);
    }

    private void awaitTotal(Supplier<ForumSearchResult> search, long total) {
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> search.get().total() == total);
    }

    private void awaitTotal(Someone who, String text, long total) {
        awaitTotal(() -> searchAs(who, ForumSearchQuery.text(text)), total);
    }

    private static List<Long> ids(ForumSearchResult result) {
        return result.hits().stream().map(ForumSearchResult.Hit::topicId).toList();
    }

    private static Map<String, Long> counts(ForumSearchResult result, String facet) {
        return result.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::code, FacetCount::count));
    }

    private static Map<String, String> labels(ForumSearchResult result, String facet) {
        return result.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::code, FacetCount::label));
    }

    private static void assertNothing(ForumSearchResult result) {
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        result.facets().values().forEach(counts -> assertThat(counts).isEmpty());
    }

    /** The texts inside the {@code <mark>} elements, joined by spaces. */
    private static String marked(String html) {
        List<String> parts = new ArrayList<>();
        Matcher m = MARKED.matcher(html);
        while (m.find()) {
            parts.add(m.group(1));
        }
        return String.join(" ", parts);
    }

    // --- tests -----------------------------------------------------------------------------------

    @Test
    void aTopicIsFoundOnceByAPhraseInAReplyWithThePhraseMarked() {
        String t = token();
        String titleOnly = token();
        Someone author = person("Priya Poster");
        Someone replier = person("Rhys Replier");
        Someone reader = person("Rosa Reader");
        long category = forum.category("Practice " + t, CategoryVisibility.PUBLIC);
        long topic = forum.topic(author, ForumKey.category(category), TopicKind.DISCUSSION,
                "Running a paired reading club " + t + " " + titleOnly,
                "We want *older pupils* to read with the younger ones. How do you start?", "reading", "primary");
        forum.reply(replier, topic, "Keep the pairs stable.");
        long answer = forum.reply(replier, topic,
                "We started **paired reading " + t + " sessions** across the road, every Tuesday.\n\n"
                        + "Thanks @[Priya Poster](person:" + author.personId() + ") for asking.").id();
        awaitTotal(reader, "paired reading " + t + " sessions", 1);

        for (ForumSearchResult result : List.of(
                searchAs(reader, ForumSearchQuery.text("paired reading " + t + " sessions")),
                searchAnonymously(ForumSearchQuery.text("\"paired reading " + t + " sessions\"")))) {
            assertThat(result.total()).isEqualTo(1);
            ForumSearchResult.Hit hit = result.hits().getFirst();
            assertThat(hit.topicId()).isEqualTo(topic);
            assertThat(hit.title()).isEqualTo("Running a paired reading club " + t + " " + titleOnly);
            assertThat(hit.forum()).isEqualTo(ForumKey.category(category));
            assertThat(hit.forumName()).isEqualTo("Practice " + t);
            assertThat(hit.kind()).isEqualTo(TopicKind.DISCUSSION);
            assertThat(hit.solved()).isFalse();
            assertThat(hit.tags()).containsExactly("primary", "reading");
            assertThat(hit.authorPersonId()).isEqualTo(author.personId());
            assertThat(hit.authorName()).isEqualTo("Priya Poster");
            assertThat(hit.replyCount()).isEqualTo(2);
            assertThat(hit.lastPostedAt()).isNotNull();
            assertThat(hit.postNumber()).isEqualTo(forum.postNumber(answer));
            Highlight post = hit.highlights().stream().filter(h -> h.part().equals("post")).findFirst().orElseThrow();
            assertThat(post.postNumber()).isEqualTo(forum.postNumber(answer));
            assertThat(post.html().replace("<mark>", "").replace("</mark>", ""))
                    .contains("We started paired reading " + t + " sessions across the road")
                    .doesNotContain("**");
            assertThat(marked(post.html())).contains("paired reading " + t + " sessions");
            assertThat(hit.highlights()).contains(new Highlight("title", null,
                    "Running a <mark>paired</mark> <mark>reading</mark> club <mark>" + t + "</mark> " + titleOnly));
        }
        // a mention reads as the name; a title word finds the topic through its opening post
        ForumSearchResult mention = searchAnonymously(ForumSearchQuery.text("Priya " + t));
        assertThat(ids(mention)).containsExactly(topic);
        ForumSearchResult byTitle = searchAnonymously(ForumSearchQuery.text("club " + titleOnly));
        assertThat(ids(byTitle)).containsExactly(topic);
        assertThat(byTitle.hits().getFirst().postNumber()).isEqualTo(1);
        assertThat(byTitle.hits().getFirst().highlights()).extracting(Highlight::part).containsExactly("title");
        // a tag is searchable text too
        assertThat(ids(searchAnonymously(ForumSearchQuery.text("primary " + t)))).containsExactly(topic);
        // every word must occur in one post (with its title and tags)
        assertThat(searchAnonymously(ForumSearchQuery.text("paired reading " + t + " " + token())).total()).isZero();
        // three posts match the token: counted as one topic everywhere
        ForumSearchResult all = searchAnonymously(ForumSearchQuery.text(t));
        assertThat(all.total()).isEqualTo(1);
        assertThat(all.hits()).hasSize(1);
        assertThat(counts(all, "category")).containsExactlyEntriesOf(Map.of(Long.toString(category), 1L));
        assertThat(labels(all, "category")).containsExactlyEntriesOf(Map.of(Long.toString(category), "Practice " + t));
        assertThat(counts(all, "tag")).containsExactlyInAnyOrderEntriesOf(Map.of("reading", 1L, "primary", 1L));
        assertThat(all.facets()).containsOnlyKeys("category", "group", "tag", "solved");
        assertThat(all.facets().get("group")).isEmpty();
        assertThat(all.facets().get("solved")).isEmpty();
    }

    @Test
    void aPrivateGroupsForumIsFoundByItsMembersOnlyInHitsAndFacetCounts() {
        String t = token();
        Partners p = GroupFixtures.partners(accounts, people, institutions, "Forumwork");
        long privateGroup = as(p.teacher().email(), "MEMBER",
                () -> groups.create(GroupFixtures.partnership("Quiet forum " + t, GroupVisibility.PRIVATE, p, null))).id();
        long membersGroup = as(p.teacher().email(), "MEMBER",
                () -> groups.create(GroupFixtures.partnership("Members forum " + t, GroupVisibility.MEMBERS_ONLY, p,
                        null))).id();
        long publicCategory = forum.category("Open " + t, CategoryVisibility.PUBLIC);
        long membersCategory = forum.category("Members only " + t, CategoryVisibility.MEMBERS);

        long open = forum.topic(p.teacher(), ForumKey.category(publicCategory), TopicKind.QUESTION, "Open question " + t,
                "Anyone may read this " + t, "open");
        long membersOnly = forum.topic(p.teacher(), ForumKey.category(membersCategory), TopicKind.DISCUSSION,
                "Members talk " + t,
                "Logged-in members read this " + t, "members");
        long inMembersGroup = forum.topic(p.teacher(), ForumKey.group(membersGroup), TopicKind.DISCUSSION, "Group talk " + t,
                "Community members read this " + t, "members");
        long secret = forum.topic(p.teacher(), ForumKey.group(privateGroup), TopicKind.QUESTION, "Secret plans " + t,
                "Only the circle reads this " + t + " mentoring", "secret");
        awaitTotal(p.teacher(), t, 4);

        // a visitor: the public category only
        ForumSearchResult visitor = searchAnonymously(ForumSearchQuery.text(t));
        assertThat(ids(visitor)).containsExactly(open);
        assertThat(counts(visitor, "category")).containsExactlyEntriesOf(Map.of(Long.toString(publicCategory), 1L));
        assertThat(visitor.facets().get("group")).isEmpty();
        assertThat(counts(visitor, "tag")).containsExactlyEntriesOf(Map.of("open", 1L));
        assertThat(counts(visitor, "solved")).containsExactlyEntriesOf(Map.of("false", 1L));

        // a logged-in outsider: both categories and the members-only group, never the private one
        ForumSearchResult outsider = searchAs(p.tutor(), ForumSearchQuery.text(t));
        assertThat(ids(outsider)).containsExactlyInAnyOrder(open, membersOnly, inMembersGroup);
        assertThat(outsider.total()).isEqualTo(3);
        assertThat(counts(outsider, "group")).containsExactlyEntriesOf(Map.of(Long.toString(membersGroup), 1L));
        assertThat(labels(outsider, "group")).containsExactlyEntriesOf(Map.of(Long.toString(membersGroup),
                "Members forum " + t));
        assertThat(counts(outsider, "tag")).containsExactlyInAnyOrderEntriesOf(Map.of("open", 1L, "members", 2L));
        assertThat(counts(outsider, "solved")).containsExactlyEntriesOf(Map.of("false", 1L));
        // asking for the private group's forum, tag or text finds and counts nothing, and names nothing
        for (ForumSearchQuery q : List.of(query(t, null, privateGroup, null, null, null),
                query(null, null, privateGroup, null, null, null), query(t, null, null, "secret", null, null),
                ForumSearchQuery.text("Secret plans " + t), ForumSearchQuery.text(t + " mentoring"))) {
            ForumSearchResult r = searchAs(p.tutor(), q);
            assertThat(r.total()).as(q.toString()).isZero();
            assertThat(r.hits()).as(q.toString()).isEmpty();
            // (a facet is counted without its own filter: the group facet lists the other groups)
            assertThat(r.facets().get("group")).as(q.toString()).extracting(FacetCount::code)
                    .doesNotContain(Long.toString(privateGroup));
            assertThat(r.facets().get("tag")).as(q.toString()).extracting(FacetCount::code)
                    .doesNotContain("secret".equals(q.tag()) ? "none" : "secret");
            r.facets().values().forEach(list -> assertThat(list).as(q.toString()).allSatisfy(c -> {
                assertThat(c.label()).doesNotContain("Quiet forum");
                if (!c.code().equals("secret")) {
                    assertThat(c.count()).isPositive();
                }
            }));
            assertThat(searchAnonymously(q).hits()).isEmpty();
        }
        ForumSearchResult filtered = searchAs(p.tutor(), query(t, null, privateGroup, null, null, null));
        assertThat(filtered.facets().get("category")).isEmpty();
        assertThat(filtered.facets().get("tag")).isEmpty();
        assertThat(filtered.facets().get("solved")).isEmpty();
        assertThat(counts(filtered, "group")).containsExactlyEntriesOf(Map.of(Long.toString(membersGroup), 1L));
        // the secret tag is selected: listed, with nothing counted
        assertThat(searchAs(p.tutor(), query(t, null, null, "secret", null, null)).facets().get("tag"))
                .containsExactly(new FacetCount("members", "members", 2), new FacetCount("open", "open", 1),
                        new FacetCount("secret", "secret", 0));

        // the member sees all four, with the private group in the counts and its name
        ForumSearchResult insider = searchAs(p.teacher(), ForumSearchQuery.text(t));
        assertThat(ids(insider)).containsExactlyInAnyOrder(open, membersOnly, inMembersGroup, secret);
        assertThat(counts(insider, "group")).containsExactlyInAnyOrderEntriesOf(
                Map.of(Long.toString(membersGroup), 1L, Long.toString(privateGroup), 1L));
        assertThat(labels(insider, "group")).containsEntry(Long.toString(privateGroup), "Quiet forum " + t);
        assertThat(counts(insider, "solved")).containsExactlyEntriesOf(Map.of("false", 2L));
        ForumSearchResult.Hit secretHit = searchAs(p.teacher(), query(t, null, privateGroup, null, null, null)).hits()
                .getFirst();
        assertThat(secretHit.topicId()).isEqualTo(secret);
        assertThat(secretHit.forum()).isEqualTo(ForumKey.group(privateGroup));
        assertThat(secretHit.forumName()).isEqualTo("Quiet forum " + t);

        // joining the group lets the tutor find it at once (membership is read per search, not indexed)
        JoinRequest invitation = as(p.teacher().email(), "MEMBER",
                () -> groups.invite(privateGroup, p.tutor().personId(), "Join us", p.university().id()));
        as(p.tutor().email(), "MEMBER", () -> groups.acceptInvitation(invitation.id()));
        assertThat(ids(searchAs(p.tutor(), ForumSearchQuery.text(t)))).contains(secret);
        assertThat(counts(searchAs(p.tutor(), ForumSearchQuery.text(t)), "group"))
                .containsEntry(Long.toString(privateGroup), 1L);
        as(p.tutor().email(), "MEMBER", () -> groups.leave(privateGroup));
        assertThat(ids(searchAs(p.tutor(), ForumSearchQuery.text(t)))).containsExactlyInAnyOrder(open, membersOnly,
                inMembersGroup);
        assertThat(searchAs(p.tutor(), ForumSearchQuery.text(t)).facets().get("group")).extracting(FacetCount::code)
                .containsExactly(Long.toString(membersGroup));

        // the group goes public: its forum follows (GroupChanged re-syncs its topics)
        as(p.teacher().email(), "MEMBER", () -> groups.update(privateGroup,
                GroupFixtures.partnership("Quiet forum " + t, GroupVisibility.PUBLIC, p, null), null));
        awaitTotal(() -> searchAnonymously(ForumSearchQuery.text(t)), 2);
        assertThat(ids(searchAnonymously(ForumSearchQuery.text(t)))).containsExactlyInAnyOrder(open, secret);
        // and back to private: gone again for everyone outside
        as(p.teacher().email(), "MEMBER", () -> groups.update(privateGroup,
                GroupFixtures.partnership("Quiet forum " + t, GroupVisibility.PRIVATE, p, null), null));
        awaitTotal(() -> searchAnonymously(ForumSearchQuery.text(t)), 1);
        assertThat(ids(searchAs(p.tutor(), ForumSearchQuery.text(t)))).doesNotContain(secret);
    }

    @Test
    void removedPostsAndMergedTopicsAreNotFoundAndMovedPostsFollowTheirTopic() {
        String kept = token();
        String removed = token();
        String duplicateTitle = token();
        String duplicateText = token();
        String moved = token();
        Someone author = person("Rowan Remover");
        long category = forum.category("Cleanup " + kept, CategoryVisibility.PUBLIC);
        long topic = forum.topic(author, ForumKey.category(category), TopicKind.DISCUSSION, "Tidy thread " + kept,
                "The opening post " + kept);
        long bad = forum.reply(author, topic, "An unkind reply " + removed).id();
        long off = forum.reply(author, topic, "An off-topic reply " + moved).id();
        long dup = forum.topic(author, ForumKey.category(category), TopicKind.DISCUSSION, "Same again " + duplicateTitle,
                "Asked twice " + duplicateText);
        awaitTotal(author, removed, 1);
        awaitTotal(author, duplicateTitle, 1);
        awaitTotal(author, moved, 1);
        assertThat(ids(searchAs(author, ForumSearchQuery.text(duplicateText)))).containsExactly(dup);

        forum.remove(bad);
        forum.merge(dup, topic);
        long target = forum.split(topic, List.of(off), "Side topic", ForumKey.category(category));
        awaitTotal(author, removed, 0);
        awaitTotal(author, duplicateTitle, 0);
        // the merged topic is gone; its post lives on in the survivor, under the survivor's title
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100)).until(
                () -> ids(searchAs(author, ForumSearchQuery.text(duplicateText))).equals(List.of(topic)));
        assertThat(searchAnonymously(ForumSearchQuery.text(duplicateText)).hits().getFirst().title())
                .isEqualTo("Tidy thread " + kept);
        // the split-off reply is found in its new topic, under its new number
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100)).until(
                () -> ids(searchAs(author, ForumSearchQuery.text(moved))).equals(List.of(target)));
        ForumSearchResult movedHit = searchAs(author, ForumSearchQuery.text(moved));
        assertThat(movedHit.hits().getFirst().postNumber()).isEqualTo(forum.postNumber(off)).isEqualTo(1);
        assertThat(movedHit.hits().getFirst().title()).isEqualTo("Side topic");
        assertNothing(searchAnonymously(ForumSearchQuery.text(removed)));
        assertNothing(searchAnonymously(ForumSearchQuery.text(duplicateTitle)));
        assertThat(ids(searchAnonymously(ForumSearchQuery.text(kept)))).containsExactly(topic);
    }

    @Test
    void editsOfPostsTitlesAndTagsAndAcceptedAnswersAreFollowed() {
        String t = token();
        String before = token();
        String after = token();
        String newTitle = token();
        Someone asker = person("Edna Editor");
        Someone helper = person("Hugo Helper");
        long category = forum.category("Edits " + t, CategoryVisibility.PUBLIC);
        long question = forum.topic(asker, ForumKey.category(category), TopicKind.QUESTION, "First title " + t,
                "What do you think " + t + "?", "draft");
        long reply = forum.reply(helper, question, "My first answer " + before).id();
        forum.reply(helper, question, "Another thought " + t);
        awaitTotal(asker, before, 1);
        assertThat(counts(searchAnonymously(ForumSearchQuery.text(t)), "solved")).containsExactlyEntriesOf(
                Map.of("false", 1L));

        // a reply is edited: the old words are gone, the new ones found
        as(helper.email(), "MEMBER", () -> forumService.edit(reply, new PostEdit("My better answer " + after, null,
                "Clearer")));
        awaitTotal(asker, after, 1);
        awaitTotal(asker, before, 0);
        // title and tags change: every post of the topic carries the new ones
        as(asker.email(), "MEMBER", () -> forumService.editTopic(question, "Second title " + newTitle,
                List.of("final", "answered")));
        awaitTotal(() -> searchAnonymously(query(t, null, null, "final", null, null)), 1);
        assertThat(searchAnonymously(query(t, null, null, "draft", null, null)).total()).isZero();
        assertThat(ids(searchAnonymously(ForumSearchQuery.text(newTitle + " " + after)))).containsExactly(question);
        assertThat(searchAnonymously(ForumSearchQuery.text("Another thought " + newTitle)).hits().getFirst().title())
                .isEqualTo("Second title " + newTitle);
        assertThat(searchAnonymously(ForumSearchQuery.text("First title " + t)).total()).isZero();
        // the answer is accepted: the question counts as solved
        forum.accept(asker, question, reply);
        awaitTotal(() -> searchAnonymously(query(t, null, null, null, true, null)), 1);
        assertThat(searchAnonymously(query(t, null, null, null, false, null)).total()).isZero();
        assertThat(searchAnonymously(ForumSearchQuery.text(after)).hits().getFirst().solved()).isTrue();
    }

    @Test
    void aNewReplyWritesItsOwnDocumentNotTheWholeThread() throws Exception {
        String t = token();
        Someone author = person("Theo Thread");
        long category = forum.category("Threads " + t, CategoryVisibility.PUBLIC);
        long topic = forum.topic(author, ForumKey.category(category), TopicKind.DISCUSSION, "A long thread " + t,
                "Post one " + t);
        int replies = 30;
        for (int i = 0; i < replies; i++) {
            forum.reply(author, topic, "Reply " + i + " " + t);
        }
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> postsIndexed(topic) == replies + 1);
        long writesBefore = indexWrites();

        String last = token();
        forum.reply(author, topic, "The last word " + last);
        awaitTotal(author, last, 1);
        assertThat(postsIndexed(topic)).isEqualTo(replies + 2);
        // (other tests' trailing events may write a few documents meanwhile, never the whole thread)
        assertThat(indexWrites() - writesBefore).isBetween(1L, (long) replies / 2);
        ForumSearchResult.Hit hit = searchAnonymously(ForumSearchQuery.text(last)).hits().getFirst();
        assertThat(hit.replyCount()).isEqualTo(replies + 1);
        assertThat(hit.postNumber()).isEqualTo(replies + 2);
    }

    private long postsIndexed(long topicId) throws java.io.IOException {
        index.refresh();
        return indexes.client().count(c -> c.index(index.alias())
                .query(q -> q.term(term -> term.field("topic_id").value(topicId)))).count();
    }

    private long indexWrites() throws java.io.IOException {
        index.refresh();
        return indexes.client().indices().stats(s -> s.index(index.alias())).all().primaries().indexing().indexTotal();
    }

    @Test
    void highlightsOfHostileTextContainNoMarkupButMark() {
        Someone author = person("Xena Escaper");
        String titleWord = token();
        long category = forum.category("Hostile " + titleWord, CategoryVisibility.PUBLIC);
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put(token(), "<script>alert('f1')</script> and <SCRIPT SRC=//evil.example/x.js></SCRIPT>");
        corpus.put(token(), "<img src=x onerror=alert(1)> then <img src=\"x\" onerror=\"alert(document.cookie)\">");
        corpus.put(token(), "[click me](javascript:alert(1)) and <a href=\"javascript:alert(2)\">a link</a>");
        corpus.put(token(), "<svg onload=alert(1)><circle r=\"1\"/></svg> <svg><script>alert(2)</script></svg>");
        corpus.put(token(), "<p style=\"width: expression(alert(1))\">styled</p>");
        corpus.put(token(), "broken <img src=x onerror=alert(1)//");
        corpus.put(token(), "\"><script>alert(1)</script><\" and '><img src=x onerror=alert(1)> &lt;b&gt;entity&lt;/b&gt;");
        corpus.put(token(), "<scr<script>ipt>alert(1)</scr</script>ipt> and `<script>alert(1)</script>` in code");
        corpus.put(token(), "fake marks \uE000<b>bold</b>\uE001 and </mark><mark>");
        corpus.put(token(), XssCorpus.MARKDOWN);
        long topic = forum.topic(author, ForumKey.category(category), TopicKind.DISCUSSION,
                "Hostile <script>alert(1)</script> " + titleWord, "Opening post");
        corpus.forEach((word, text) -> forum.reply(author, topic, word + " " + text));
        awaitTotal(author, titleWord, 1);
        for (String word : corpus.keySet()) {
            awaitTotal(author, word, 1);
        }

        ForumSearchResult byTitle = searchAnonymously(ForumSearchQuery.text(titleWord));
        assertThat(byTitle.hits().getFirst().highlights()).contains(new Highlight("title", null,
                "Hostile &lt;script&gt;alert(1)&lt;/script&gt; <mark>" + titleWord + "</mark>"));
        corpus.keySet().forEach(word -> {
            ForumSearchResult result = searchAnonymously(ForumSearchQuery.text(word));
            assertThat(ids(result)).as(word).containsExactly(topic);
            List<Highlight> highlights = result.hits().getFirst().highlights();
            Highlight post = highlights.stream().filter(h -> h.part().equals("post")).findFirst().orElseThrow(
                    () -> new AssertionError("no post highlight in " + highlights));
            assertThat(marked(post.html())).as(word).isEqualTo(word);
            for (Highlight h : highlights) {
                String withoutMarks = h.html().replace("<mark>", "").replace("</mark>", "");
                assertThat(withoutMarks).as(h.html()).doesNotContain("<", ">", "\"", "'");
                XssCorpus.assertInert(h.html());
            }
        });
        List<String> words = List.copyOf(corpus.keySet());
        assertThat(searchAnonymously(ForumSearchQuery.text(words.get(5))).hits().getFirst().highlights())
                .extracting(Highlight::html)
                .contains("<mark>" + words.get(5) + "</mark> broken &lt;img src=x onerror=alert(1)//");
        // a link keeps its text, not its address
        assertThat(searchAnonymously(ForumSearchQuery.text(words.get(2))).hits().getFirst().highlights())
                .extracting(Highlight::html).anySatisfy(html -> assertThat(html)
                        .startsWith("<mark>" + words.get(2)
                                + "</mark> click me and &lt;a href=&quot;javascript:alert(2)&quot;&gt;"));
    }

    @Test
    void filtersNarrowTheTopicsAndFacetsCountTopics() {
        String t = token();
        Someone asker = person("Quinn Questioner");
        Someone helper = person("Hana Helper");
        Partners p = GroupFixtures.partners(accounts, people, institutions, "Filters");
        long group = as(p.teacher().email(), "MEMBER",
                () -> groups.create(GroupFixtures.partnership("Open circle " + t, GroupVisibility.PUBLIC, p, null))).id();
        long science = forum.category("Science " + t, CategoryVisibility.PUBLIC);
        long maths = forum.category("Maths " + t, CategoryVisibility.PUBLIC);

        long solved = forum.topic(asker, ForumKey.category(science), TopicKind.QUESTION,
                "How to start a science club " + t, "Any tips " + t + "?", "stem", "clubs");
        long answer = forum.reply(helper, solved, "Start small " + t + ".").id();
        forum.reply(helper, solved, "And ask parents " + t + ".");
        forum.accept(asker, solved, answer);
        long unsolved = forum.topic(asker, ForumKey.category(science), TopicKind.QUESTION, "Lab safety forms " + t,
                "Which forms " + t + "?", "stem");
        long discussion = forum.topic(helper, ForumKey.category(maths), TopicKind.DISCUSSION, "Times tables " + t,
                "Games that work " + t, "games");
        long inGroup = forum.topic(p.teacher(), ForumKey.group(group), TopicKind.DISCUSSION, "Circle plans " + t,
                "Next meeting " + t, "stem");
        awaitTotal(() -> searchAs(asker, query(t, null, null, null, true, null)), 1);
        awaitTotal(asker, t, 4);

        ForumSearchResult all = searchAs(asker, ForumSearchQuery.text(t));
        // the solved question has three matching posts: one topic in every count
        assertThat(counts(all, "category")).containsExactlyInAnyOrderEntriesOf(
                Map.of(Long.toString(science), 2L, Long.toString(maths), 1L));
        assertThat(labels(all, "category")).containsExactlyInAnyOrderEntriesOf(
                Map.of(Long.toString(science), "Science " + t, Long.toString(maths), "Maths " + t));
        assertThat(counts(all, "group")).containsExactlyEntriesOf(Map.of(Long.toString(group), 1L));
        assertThat(labels(all, "group")).containsExactlyEntriesOf(Map.of(Long.toString(group), "Open circle " + t));
        assertThat(counts(all, "tag")).containsExactlyInAnyOrderEntriesOf(
                Map.of("stem", 3L, "clubs", 1L, "games", 1L));
        assertThat(all.facets().get("tag").getFirst().code()).isEqualTo("stem");
        assertThat(counts(all, "solved")).containsExactlyInAnyOrderEntriesOf(Map.of("true", 1L, "false", 1L));
        assertThat(labels(all, "solved")).containsExactlyInAnyOrderEntriesOf(Map.of("true", "Solved", "false", "Unsolved"));

        ForumSearchResult inScience = searchAs(asker, query(t, science, null, null, null, null));
        assertThat(ids(inScience)).containsExactlyInAnyOrder(solved, unsolved);
        assertThat(inScience.total()).isEqualTo(2);
        // a facet is counted without its own filter, with the others
        assertThat(counts(inScience, "category")).containsExactlyInAnyOrderEntriesOf(
                Map.of(Long.toString(science), 2L, Long.toString(maths), 1L));
        assertThat(counts(inScience, "tag")).containsExactlyInAnyOrderEntriesOf(Map.of("stem", 2L, "clubs", 1L));
        assertThat(ids(searchAs(asker, query(t, null, group, null, null, null)))).containsExactly(inGroup);
        assertThat(ids(searchAs(asker, query(t, null, null, "STEM ", null, null))))
                .containsExactlyInAnyOrder(solved, unsolved, inGroup);
        assertThat(ids(searchAs(asker, query(t, null, null, "stem", null, null)))).hasSize(3);
        assertThat(ids(searchAs(asker, query(t, null, null, null, true, null)))).containsExactly(solved);
        assertThat(ids(searchAs(asker, query(t, null, null, null, false, null)))).containsExactly(unsolved);
        ForumSearchResult.Hit solvedHit = searchAs(asker, query(t, null, null, null, true, null)).hits().getFirst();
        assertThat(solvedHit.solved()).isTrue();
        assertThat(solvedHit.kind()).isEqualTo(TopicKind.QUESTION);
        // the author filter: posts they wrote (the helper replied to the solved question and started a discussion)
        ForumSearchResult byHelper = searchAs(asker, query(t, null, null, null, null, helper.personId()));
        assertThat(ids(byHelper)).containsExactlyInAnyOrder(solved, discussion);
        assertThat(byHelper.hits()).filteredOn(h -> h.topicId() == solved).singleElement()
                .satisfies(h -> assertThat(h.postNumber()).isIn(2, 3));
        // without text: the helper's topics, latest activity first, naming their latest post there
        ForumSearchResult helperLatest = searchAs(asker, query(null, null, null, null, null, helper.personId()));
        assertThat(ids(helperLatest)).containsSubsequence(discussion, solved);
        assertThat(helperLatest.hits()).filteredOn(h -> h.topicId() == solved).singleElement()
                .satisfies(h -> assertThat(h.postNumber()).isEqualTo(3));
        // combined filters
        assertThat(ids(searchAs(asker, query(t, science, null, "stem", false, asker.personId()))))
                .containsExactly(unsolved);
        assertThat(searchAs(asker, query(t, maths, null, null, true, null)).total()).isZero();
        // without text: latest activity first, topics stand for themselves
        ForumSearchResult latest = searchAs(asker, query(null, science, null, null, null, null));
        assertThat(ids(latest).subList(0, 2)).containsExactly(unsolved, solved);
        assertThat(latest.hits().getFirst().postNumber()).isNull();
        assertThat(latest.hits().getFirst().highlights()).isEmpty();
    }

    @Test
    void theAdminReindexRebuildsTheIndexFromTheDatabase() {
        String word = token();
        String removed = token();
        Someone author = person("Rebecca Rebuilder");
        long category = forum.category("Rebuilt " + word, CategoryVisibility.PUBLIC);
        long topic = forum.topic(author, ForumKey.category(category), TopicKind.DISCUSSION, "Rebuilt " + word,
                "Kept after the rebuild " + word);
        long gone = forum.reply(author, topic, "Removed before the rebuild " + removed).id();
        awaitTotal(author, removed, 1);
        forum.remove(gone);
        awaitTotal(author, removed, 0);
        List<String> before = indexes.concreteIndices(ForumPostsIndex.NAME);

        as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> administration.reindexAll());
        ReindexStatus done = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> administration.status()),
                        status -> !status.running());
        assertThat(done.state()).isEqualTo(ReindexStatus.State.DONE);
        assertThat(done.indices()).filteredOn(i -> i.name().equals(ForumPostsIndex.NAME)).singleElement()
                .satisfies(i -> {
                    assertThat(i.state()).isEqualTo(ReindexStatus.State.DONE);
                    assertThat(i.expected()).isPositive();
                    assertThat(i.written()).isGreaterThanOrEqualTo(i.expected());
                });
        assertThat(indexes.concreteIndices(ForumPostsIndex.NAME)).doesNotContainAnyElementsOf(before);
        assertThat(ids(searchAnonymously(ForumSearchQuery.text(word)))).containsExactly(topic);
        assertThat(searchAnonymously(ForumSearchQuery.text(removed)).total()).isZero();
        // and keeps following changes
        forum.reply(author, topic, "After the rebuild " + removed);
        awaitTotal(author, removed, 1);
    }

    @Test
    void queriesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> searchAnonymously(ForumSearchQuery.text("x".repeat(ForumSearch.MAX_TEXT + 1))))
                .isInstanceOfSatisfying(ForumException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ForumException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("q");
                    assertThat(e.messageKey()).isEqualTo("forum.search.error.text");
                });
        for (int[] pageAndSize : new int[][] {{0, 0}, {0, 101}}) {
            assertThatThrownBy(() -> searchAnonymously(new ForumSearchQuery("x", null, null, null, null, null,
                    pageAndSize[0], pageAndSize[1]))).isInstanceOfSatisfying(ForumException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ForumException.Kind.INVALID);
                        assertThat(e.field()).isEqualTo("size");
                    });
        }
        for (int page : new int[] {-1, 500}) {
            assertThatThrownBy(() -> searchAnonymously(new ForumSearchQuery("x", null, null, null, null, null, page, 20)))
                    .isInstanceOfSatisfying(ForumException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ForumException.Kind.INVALID);
                        assertThat(e.field()).isEqualTo("page");
                        assertThat(e.messageKey()).isEqualTo("forum.search.error.page");
                    });
        }
        assertThatThrownBy(() -> searchAnonymously(new ForumSearchQuery(null, null, null, "<b>", null, null, 0, 20)))
                .isInstanceOfSatisfying(ForumException.class, e -> assertThat(e.field()).isEqualTo("tag"));
        // blank text is no text
        assertThat(searchAnonymously(new ForumSearchQuery("   ", null, null, null, null, null, 0, 5)).hits().size())
                .isLessThanOrEqualTo(5);
    }
}
