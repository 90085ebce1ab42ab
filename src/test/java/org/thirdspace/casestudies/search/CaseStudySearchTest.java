package org.thirdspace.casestudies.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudySearchResult;
import org.thirdspace.casestudies.CaseStudySearchResult.FacetCount;
import org.thirdspace.casestudies.CaseStudySearchResult.Highlight;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.casestudies.XssCorpus;
import org.thirdspace.casestudies.internal.search.CaseStudiesIndex;
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
import org.thirdspace.security.MutableClock;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The case-studies index against the real Elasticsearch node: only published revisions are
 * found (never drafts, revisions in review or the newer draft of a published case study), a
 * private group's case studies only by its members (hits and facet counts), and highlights of
 * hostile text are escaped HTML with nothing but {@code <mark>} as markup.
 */
@IntegrationTest
class CaseStudySearchTest {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(20);
    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    @Autowired
    CaseStudySearch search;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudiesIndex index;
    @Autowired
    GroupService groups;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    SearchAdministration administration;

    // --- helpers ---------------------------------------------------------------------------------

    /** A random word of letters no other test uses. */
    static String token() {
        StringBuilder sb = new StringBuilder("zc");
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private Someone person(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    private static CaseStudyDraft draft(String title, String summary, Map<CaseStudyField, String> fields,
            Set<String> activities, Set<String> regions, Integer modelLevel, String evidence, Long groupId) {
        return new CaseStudyDraft(title, summary, fields, null, activities, null, null, regions, modelLevel, evidence,
                null, groupId, null, null, null, "First version", null);
    }

    private CaseStudyDetails create(Someone author, CaseStudyDraft draft) {
        return as(author.email(), "MEMBER", () -> caseStudies.create(draft));
    }

    /** Submits the head revision as its author and approves it as the moderator. */
    private void publish(Someone author, Someone moderator, long id) {
        int head = as(author.email(), "MEMBER", () -> caseStudies.require(id)).headRevision();
        as(author.email(), "MEMBER", () -> caseStudies.submit(id, head));
        as(moderator.email(), "MODERATOR", () -> caseStudies.review(id, head, ReviewDecision.APPROVED, null));
    }

    private long createAndPublish(Someone author, Someone moderator, CaseStudyDraft draft) {
        long id = create(author, draft).id();
        publish(author, moderator, id);
        return id;
    }

    private CaseStudySearchResult searchAs(Someone who, CaseStudySearchQuery query) {
        return as(who.email(), "MEMBER", () -> search.search(query));
    }

    private CaseStudySearchResult searchAnonymously(CaseStudySearchQuery query) {
        return GroupSearchFixtures.anonymously(() -> search.search(query));
    }

    private void awaitTotal(Someone who, String text, long total) {
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> searchAs(who, CaseStudySearchQuery.text(text)).total() == total);
    }

    private static List<Long> ids(CaseStudySearchResult result) {
        return result.hits().stream().map(CaseStudySearchResult.Hit::id).toList();
    }

    private static Map<String, Long> counts(CaseStudySearchResult result, String facet) {
        return result.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::code, FacetCount::count));
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

    private static Map<CaseStudyField, String> fields(Object... pairs) {
        Map<CaseStudyField, String> map = new EnumMap<>(CaseStudyField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((CaseStudyField) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }

    // --- tests -----------------------------------------------------------------------------------

    @Test
    void aPublishedCaseStudyIsFoundByAPhraseFromAFieldWithThePhraseMarked() {
        String t = token();
        Someone author = person("Philippa Phrase");
        Someone moderator = person("Morwenna Marker", Role.MODERATOR);
        Someone reader = person("Rupert Reader");
        long id = createAndPublish(author, moderator, draft("Buddies over the fence " + t,
                "Year 5 pupils read with *undergraduates*.",
                fields(CaseStudyField.PROBLEM, "Many pupils were **reluctant readers**. So we started paired reading "
                        + t + " sessions across the road, every Tuesday after lunch.",
                        CaseStudyField.LESSONS, "Keep the pairs stable."),
                Set.of("pupil-mentoring"), Set.of("north-west"), 2, "medium", null));
        awaitTotal(reader, "paired reading " + t, 1);

        for (CaseStudySearchResult result : List.of(searchAs(reader, CaseStudySearchQuery.text("paired reading " + t)),
                searchAnonymously(CaseStudySearchQuery.text("\"paired reading " + t + " sessions\"")))) {
            assertThat(result.total()).isEqualTo(1);
            CaseStudySearchResult.Hit hit = result.hits().getFirst();
            assertThat(hit.id()).isEqualTo(id);
            assertThat(hit.title()).isEqualTo("Buddies over the fence " + t);
            assertThat(hit.summary()).isEqualTo("Year 5 pupils read with undergraduates.");
            assertThat(hit.activities()).containsExactly("pupil-mentoring");
            assertThat(hit.regions()).containsExactly("north-west");
            assertThat(hit.modelLevel()).isEqualTo(2);
            assertThat(hit.evidenceStrength()).isEqualTo("medium");
            assertThat(hit.groupName()).isNull();
            assertThat(hit.publishedAt()).isNotNull();
            assertThat(hit.dueForReview()).isFalse();
            Highlight problem = hit.highlights().stream().filter(h -> h.part().equals("problem")).findFirst()
                    .orElseThrow();
            // the text reads as text (no Markdown syntax), the phrase is marked
            assertThat(problem.html().replace("<mark>", "").replace("</mark>", ""))
                    .contains("So we started paired reading " + t + " sessions across the road");
            assertThat(marked(problem.html())).contains("paired reading " + t);
            assertThat(problem.html()).doesNotContain("**");
            // the title matched too: whole title, token marked
            assertThat(hit.highlights()).contains(new Highlight("title", "Buddies over the fence <mark>" + t + "</mark>"));
        }
        // every word must occur: a word that is nowhere finds nothing
        assertThat(searchAnonymously(CaseStudySearchQuery.text("paired reading " + t + " " + token())).total()).isZero();
        // facet counts over the matches, in every facet
        CaseStudySearchResult result = searchAnonymously(CaseStudySearchQuery.text(t));
        assertThat(counts(result, "activity")).containsExactlyEntriesOf(Map.of("pupil-mentoring", 1L));
        assertThat(counts(result, "region")).containsExactlyEntriesOf(Map.of("north-west", 1L));
        assertThat(counts(result, "model")).containsExactlyEntriesOf(Map.of("2", 1L));
        assertThat(counts(result, "evidence")).containsExactlyEntriesOf(Map.of("medium", 1L));
        assertThat(result.facets()).containsOnlyKeys("activity", "sector", "phase", "region", "model", "evidence",
                "good-practice");

        // a year and a bit later it is due for review
        clock.advance(Duration.ofDays(400));
        try {
            assertThat(searchAnonymously(CaseStudySearchQuery.text(t)).hits().getFirst().dueForReview()).isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void draftsAndRevisionsInReviewAreNeverFoundAndAPublishedOneOnlyByItsPublishedText() {
        String draftWord = token();
        String reviewWord = token();
        String publishedWord = token();
        String newerDraftWord = token();
        String newerReviewWord = token();
        Someone author = person("Dorian Drafter");
        Someone moderator = person("Morag Moderator", Role.MODERATOR);
        Someone reader = person("Rhoda Reader");

        long draftOnly = create(author, draft("Never submitted " + draftWord, null,
                fields(CaseStudyField.AIMS, "Draft aims " + draftWord), Set.of(), Set.of(), null, null, null)).id();
        CaseStudyDetails submitted = create(author, draft("Waiting for review " + reviewWord, null,
                fields(CaseStudyField.AIMS, "Aims in review " + reviewWord), Set.of(), Set.of(), null, null, null));
        as(author.email(), "MEMBER", () -> caseStudies.submit(submitted.id(), submitted.headRevision()));

        long stable = createAndPublish(author, moderator, draft("Stable version " + publishedWord, null,
                fields(CaseStudyField.OUTCOMES_AND_IMPACT, "Attendance rose " + publishedWord),
                Set.of("cpd"), Set.of(), null, null, null));
        long reviewed = createAndPublish(author, moderator, draft("Second stable " + publishedWord, null,
                fields(CaseStudyField.OUTCOMES_AND_IMPACT, "Reading ages rose " + publishedWord),
                Set.of("cpd"), Set.of(), null, null, null));
        awaitTotal(reader, publishedWord, 2);

        // newer working versions on top of the published ones: a draft, and one in review
        CaseStudyDetails stableNow = as(author.email(), "MEMBER", () -> caseStudies.require(stable));
        as(author.email(), "MEMBER", () -> caseStudies.save(stable, stableNow.revision()
                .toDraft(stableNow.headRevision(), "Rewrite")
                .withField(CaseStudyField.OUTCOMES_AND_IMPACT, "Completely new outcomes " + newerDraftWord)));
        CaseStudyDetails reviewedNow = as(author.email(), "MEMBER", () -> caseStudies.require(reviewed));
        CaseStudyDetails inReview = as(author.email(), "MEMBER", () -> caseStudies.save(reviewed, reviewedNow.revision()
                .toDraft(reviewedNow.headRevision(), "Rewrite")
                .withField(CaseStudyField.OUTCOMES_AND_IMPACT, "Outcomes awaiting review " + newerReviewWord)));
        as(author.email(), "MEMBER", () -> caseStudies.submit(reviewed, inReview.headRevision()));

        // whatever the events did meanwhile: index all four now, synchronously, from the database
        index.reindex(List.of(draftOnly, submitted.id(), stable, reviewed));
        index.refresh();

        for (String word : List.of(draftWord, reviewWord, newerDraftWord, newerReviewWord)) {
            for (CaseStudySearchResult result : List.of(searchAs(author, CaseStudySearchQuery.text(word)),
                    searchAs(reader, CaseStudySearchQuery.text(word)),
                    as(moderator.email(), "MODERATOR", () -> search.search(CaseStudySearchQuery.text(word))),
                    searchAnonymously(CaseStudySearchQuery.text(word)))) {
                assertThat(result.total()).as(word).isZero();
                assertThat(result.hits()).isEmpty();
                result.facets().values().forEach(counts -> assertThat(counts).isEmpty());
            }
        }
        // the published text stays searchable, with the published title and text in the highlights
        CaseStudySearchResult published = searchAs(reader, CaseStudySearchQuery.text(publishedWord));
        assertThat(ids(published)).containsExactlyInAnyOrder(stable, reviewed);
        assertThat(published.hits()).allSatisfy(hit -> assertThat(hit.highlights())
                .anySatisfy(h -> assertThat(h.part()).isEqualTo("outcomes-impact")));
        assertThat(published.hits().stream().flatMap(h -> h.highlights().stream()).map(Highlight::html).toList())
                .contains("Attendance rose <mark>" + publishedWord + "</mark>",
                        "Reading ages rose <mark>" + publishedWord + "</mark>")
                .noneMatch(html -> html.contains(newerDraftWord) || html.contains(newerReviewWord));
        // a search without text lists the published ones (newest first), never the others
        CaseStudySearchResult newest = searchAs(author, new CaseStudySearchQuery(null, null, null, null, null, null,
                null, null, 0, 100));
        assertThat(ids(newest)).doesNotContain(draftOnly, submitted.id());
        assertThat(newest.hits()).extracting(CaseStudySearchResult.Hit::publishedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ids(newest)).containsSubsequence(reviewed, stable);
    }

    @Test
    void aPrivateGroupsCaseStudyIsFoundByItsMembersOnlyInHitsAndFacetCounts() {
        String t = token();
        Partners p = GroupFixtures.partners(accounts, people, institutions, "Casework");
        Someone moderator = person("Maxine Moderator", Role.MODERATOR);
        long privateGroup = as(p.teacher().email(), "MEMBER",
                () -> groups.create(GroupFixtures.partnership("Quiet circle " + t, GroupVisibility.PRIVATE, p, null))).id();
        long membersGroup = as(p.teacher().email(), "MEMBER",
                () -> groups.create(GroupFixtures.partnership("Members circle " + t, GroupVisibility.MEMBERS_ONLY, p,
                        null))).id();

        long open = createAndPublish(p.teacher(), moderator, draft("Open notes " + t, "Anyone may read this.",
                fields(CaseStudyField.ACTIVITIES, "Shared planning " + t), Set.of("cpd"), Set.of("london"), 1, "low",
                null));
        long members = createAndPublish(p.teacher(), moderator, draft("Members notes " + t, null,
                fields(CaseStudyField.ACTIVITIES, "Science club " + t), Set.of("stem-outreach"), Set.of("london"), 3,
                "medium", membersGroup));
        long hidden = createAndPublish(p.teacher(), moderator, draft("Private notes " + t, null,
                fields(CaseStudyField.ACTIVITIES, "Secret mentoring " + t), Set.of("ite"), Set.of("wales"), 4, "high",
                privateGroup));
        awaitTotal(p.teacher(), t, 3);

        CaseStudySearchResult visitor = searchAnonymously(CaseStudySearchQuery.text(t));
        assertThat(ids(visitor)).containsExactly(open);
        assertThat(visitor.total()).isEqualTo(1);
        assertThat(counts(visitor, "activity")).containsExactlyInAnyOrderEntriesOf(Map.of("cpd", 1L));
        assertThat(counts(visitor, "region")).containsExactlyInAnyOrderEntriesOf(Map.of("london", 1L));

        CaseStudySearchResult outsider = searchAs(p.tutor(), CaseStudySearchQuery.text(t));
        assertThat(ids(outsider)).containsExactlyInAnyOrder(open, members);
        assertThat(outsider.total()).isEqualTo(2);
        assertThat(counts(outsider, "activity")).containsExactlyInAnyOrderEntriesOf(
                Map.of("cpd", 1L, "stem-outreach", 1L));
        assertThat(counts(outsider, "region")).containsExactlyInAnyOrderEntriesOf(Map.of("london", 2L));
        assertThat(counts(outsider, "model")).containsExactlyInAnyOrderEntriesOf(Map.of("1", 1L, "3", 1L));
        assertThat(counts(outsider, "evidence")).containsExactlyInAnyOrderEntriesOf(Map.of("low", 1L, "medium", 1L));
        assertThat(outsider.hits()).filteredOn(h -> h.id() == members).singleElement()
                .satisfies(h -> assertThat(h.groupName()).isEqualTo("Members circle " + t));

        // filtering by the private case study's facets finds nothing for an outsider, and counts nothing
        CaseStudySearchQuery ite = new CaseStudySearchQuery(t, Set.of("ite"), null, null, null, null, null, null, 0, 20);
        CaseStudySearchResult filtered = searchAs(p.tutor(), ite);
        assertThat(filtered.total()).isZero();
        assertThat(filtered.hits()).isEmpty();
        assertThat(counts(filtered, "activity")).containsExactlyInAnyOrderEntriesOf(
                Map.of("cpd", 1L, "stem-outreach", 1L, "ite", 0L));
        assertThat(counts(filtered, "region")).isEmpty();
        assertThat(searchAs(p.tutor(), CaseStudySearchQuery.text("Secret mentoring " + t)).total()).isZero();
        CaseStudySearchQuery inGroup = new CaseStudySearchQuery(null, null, null, null, null, null, null, privateGroup,
                0, 20);
        assertThat(searchAs(p.tutor(), inGroup).total()).isZero();
        assertThat(searchAnonymously(inGroup).total()).isZero();

        // the member sees all three, and the private one's values in the counts
        CaseStudySearchResult insider = searchAs(p.teacher(), CaseStudySearchQuery.text(t));
        assertThat(ids(insider)).containsExactlyInAnyOrder(open, members, hidden);
        assertThat(counts(insider, "activity")).containsExactlyInAnyOrderEntriesOf(
                Map.of("cpd", 1L, "stem-outreach", 1L, "ite", 1L));
        assertThat(counts(insider, "region")).containsExactlyInAnyOrderEntriesOf(Map.of("london", 2L, "wales", 1L));
        assertThat(ids(searchAs(p.teacher(), ite))).containsExactly(hidden);
        assertThat(ids(searchAs(p.teacher(), inGroup))).containsExactly(hidden);
        assertThat(ids(searchAs(p.teacher(), CaseStudySearchQuery.text("Secret mentoring " + t)))).containsExactly(hidden);

        // joining the group lets the tutor find it at once (membership is read per search, not indexed)
        JoinRequest invitation = as(p.teacher().email(), "MEMBER",
                () -> groups.invite(privateGroup, p.tutor().personId(), "Join us", p.university().id()));
        as(p.tutor().email(), "MEMBER", () -> groups.acceptInvitation(invitation.id()));
        assertThat(ids(searchAs(p.tutor(), CaseStudySearchQuery.text(t)))).containsExactlyInAnyOrder(open, members,
                hidden);
        as(p.tutor().email(), "MEMBER", () -> groups.leave(privateGroup));
        assertThat(ids(searchAs(p.tutor(), CaseStudySearchQuery.text(t)))).containsExactlyInAnyOrder(open, members);

        // the group goes public: its case study follows (GroupChanged re-indexes it)
        as(p.teacher().email(), "MEMBER", () -> groups.update(privateGroup,
                GroupFixtures.partnership("Quiet circle " + t, GroupVisibility.PUBLIC, p, null), null));
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> searchAnonymously(CaseStudySearchQuery.text(t)).total() == 2);
        assertThat(ids(searchAnonymously(CaseStudySearchQuery.text(t)))).containsExactlyInAnyOrder(open, hidden);
    }

    @Test
    void highlightsOfHostileTextContainNoMarkupButMark() {
        Someone author = person("Xavier Escaper");
        Someone moderator = person("Mabel Moderator", Role.MODERATOR);
        String titleWord = token();
        String summaryWord = token();
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put(token(), "<script>alert('cs1')</script> and <SCRIPT SRC=//evil.example/x.js></SCRIPT>");
        corpus.put(token(), "<img src=x onerror=alert(1)> then <img src=\"x\" onerror=\"alert(document.cookie)\">");
        corpus.put(token(), "[click me](javascript:alert(1)) and <a href=\"javascript:alert(2)\">a link</a> "
                + "<a href=\"jav&#x09;ascript:alert(3)\">tabbed</a> ![pic](javascript:alert('xss-image')) "
                + "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
        corpus.put(token(), "<svg onload=alert(1)><circle r=\"1\"/></svg> <svg><script>alert(2)</script></svg>");
        corpus.put(token(), "<p style=\"width: expression(alert(1))\">styled</p> "
                + "<div style=\"background:url(javascript:alert(1))\">x</div>");
        corpus.put(token(), "broken <img src=x onerror=alert(1)//");
        corpus.put(token(), "<iframe src=\"javascript:alert(1)\"></iframe> <math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>"
                + " <math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>");
        corpus.put(token(), "\"><script>alert(1)</script><\" and '><img src=x onerror=alert(1)> &lt;b&gt;entity&lt;/b&gt;");
        corpus.put(token(), "<body onload=alert(1)> <input autofocus onfocus=alert(1)> <details open ontoggle=alert(1)>"
                + " <form action=\"javascript:alert(1)\"><input type=submit></form>");
        corpus.put(token(), "<scr<script>ipt>alert(1)</scr</script>ipt> and `<script>alert(1)</script>` in code");
        corpus.put(token(), "<!-- <script>alert(1)</script> --> <![CDATA[<script>alert(1)</script>]]> <style>*{x:expression(alert(1))}</style>");
        List<String> words = List.copyOf(corpus.keySet());
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        CaseStudyField[] all = CaseStudyField.values();
        for (int i = 0; i < all.length; i++) {
            fields.put(all[i], words.get(i) + " " + corpus.get(words.get(i)));
        }
        long id = createAndPublish(author, moderator, draft("Hostile <script>alert(1)</script> " + titleWord,
                summaryWord + " <img src=x onerror=alert(1)> <svg onload=alert(1)>", fields, Set.of(), Set.of(), null,
                null, null));
        awaitTotal(author, titleWord, 1);

        Map<String, String> searchedFor = new LinkedHashMap<>();
        searchedFor.put(titleWord, "title");
        searchedFor.put(summaryWord, "summary");
        for (int i = 0; i < all.length; i++) {
            searchedFor.put(words.get(i), all[i].code());
        }
        searchedFor.forEach((word, part) -> {
            CaseStudySearchResult result = searchAnonymously(CaseStudySearchQuery.text(word));
            assertThat(ids(result)).as(part).containsExactly(id);
            List<Highlight> highlights = result.hits().getFirst().highlights();
            Highlight highlight = highlights.stream().filter(h -> h.part().equals(part)).findFirst().orElseThrow(
                    () -> new AssertionError("no highlight of " + part + " in " + highlights));
            assertThat(marked(highlight.html())).as(part).isEqualTo(word);
            for (Highlight h : highlights) {
                String withoutMarks = h.html().replace("<mark>", "").replace("</mark>", "");
                assertThat(withoutMarks).as(h.part() + ": " + h.html()).doesNotContain("<", ">", "\"", "'");
                XssCorpus.assertInert(h.html());
                assertThat(h.html()).as(h.part()).contains("&lt;");
            }
        });
        // the escaped text keeps what was written, readable
        CaseStudySearchResult broken = searchAnonymously(CaseStudySearchQuery.text(words.get(5)));
        assertThat(broken.hits().getFirst().highlights()).extracting(Highlight::html)
                .contains("<mark>" + words.get(5) + "</mark> broken &lt;img src=x onerror=alert(1)//");
        // a link keeps its text, not its address
        CaseStudySearchResult link = searchAnonymously(CaseStudySearchQuery.text(words.get(2)));
        assertThat(link.hits().getFirst().highlights().getFirst().html())
                .startsWith("<mark>" + words.get(2) + "</mark> click me and &lt;a href=&quot;javascript:alert(2)&quot;&gt;");
    }

    @Test
    void theAdminReindexRebuildsTheIndexFromPublishedRevisionsOnly() {
        String publishedWord = token();
        String newerWord = token();
        String draftWord = token();
        Someone author = person("Rebecca Rebuilder");
        Someone moderator = person("Murdo Moderator", Role.MODERATOR);
        long published = createAndPublish(author, moderator, draft("Rebuilt " + publishedWord, null,
                fields(CaseStudyField.SUSTAINABILITY, "The club outlived the grant " + publishedWord), Set.of("cpd"),
                Set.of(), null, null, null));
        CaseStudyDetails now = as(author.email(), "MEMBER", () -> caseStudies.require(published));
        as(author.email(), "MEMBER", () -> caseStudies.save(published, now.revision().toDraft(now.headRevision(), "More")
                .withField(CaseStudyField.SUSTAINABILITY, "Not yet reviewed " + newerWord)));
        create(author, draft("Unreviewed " + draftWord, null,
                fields(CaseStudyField.LESSONS, "Lessons " + draftWord), Set.of(), Set.of(), null, null, null)).id();
        awaitTotal(author, publishedWord, 1);
        List<String> before = indexes.concreteIndices(CaseStudiesIndex.NAME);

        as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> administration.reindexAll());
        ReindexStatus done = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> administration.status()),
                        status -> !status.running());
        assertThat(done.state()).isEqualTo(ReindexStatus.State.DONE);
        assertThat(done.indices()).filteredOn(i -> i.name().equals(CaseStudiesIndex.NAME)).singleElement()
                .satisfies(i -> {
                    assertThat(i.state()).isEqualTo(ReindexStatus.State.DONE);
                    assertThat(i.expected()).isEqualTo(index.documentCount());
                    assertThat(i.written()).isGreaterThanOrEqualTo(i.expected());
                });
        assertThat(indexes.concreteIndices(CaseStudiesIndex.NAME)).doesNotContainAnyElementsOf(before);
        assertThat(ids(searchAnonymously(CaseStudySearchQuery.text(publishedWord)))).containsExactly(published);
        assertThat(searchAs(author, CaseStudySearchQuery.text(newerWord)).total()).isZero();
        assertThat(searchAs(author, CaseStudySearchQuery.text(draftWord)).total()).isZero();
    }

    @Test
    void queriesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> searchAnonymously(CaseStudySearchQuery.text("x".repeat(CaseStudySearch.MAX_TEXT + 1))))
                .isInstanceOfSatisfying(CaseStudyException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CaseStudyException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("q");
                    assertThat(e.messageKey()).isEqualTo("casestudies.search.error.text");
                });
        assertThatThrownBy(() -> searchAnonymously(new CaseStudySearchQuery("x", null, null, null, null, null, null,
                null, 0, 101))).isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.field()).isEqualTo("size"));
        assertThatThrownBy(() -> searchAnonymously(new CaseStudySearchQuery("x", null, null, null, null, null, null,
                null, 500, 20))).isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.field()).isEqualTo("page"));
    }
}
