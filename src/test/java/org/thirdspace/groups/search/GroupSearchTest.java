package org.thirdspace.groups.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.groups.search.GroupSearchFixtures.awaitTotal;
import static org.thirdspace.groups.search.GroupSearchFixtures.draft;
import static org.thirdspace.groups.search.GroupSearchFixtures.query;
import static org.thirdspace.groups.search.GroupSearchFixtures.searchAnonymously;
import static org.thirdspace.groups.search.GroupSearchFixtures.searchAs;
import static org.thirdspace.groups.search.GroupSearchFixtures.token;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupFixtures.Partners;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupSearchResult;
import org.thirdspace.groups.GroupSearchResult.FacetCount;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinRequest;
import org.thirdspace.groups.OwnerInstitution;
import org.thirdspace.groups.Stage;
import org.thirdspace.groups.internal.GroupsIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.search.ReindexStatus;
import org.thirdspace.search.SearchAdministration;
import org.thirdspace.search.SearchIndexes;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.ElasticsearchTestNode;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The groups index: who sees which group in hits and facet counts, text matching, filters, and
 * the index following changes of groups, memberships and institutions (also across an outage).
 */
@IntegrationTest
class GroupSearchTest {

    @Autowired
    GroupSearch search;
    @Autowired
    GroupService groups;
    @Autowired
    GroupsIndex index;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    SearchAdministration administration;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;

    private Partners partners(String tag) {
        return GroupFixtures.partners(accounts, people, institutions, tag);
    }

    private long create(Someone who, GroupDraft draft) {
        return as(who.email(), "MEMBER", () -> groups.create(draft)).id();
    }

    private GroupDraft partnership(Partners p, String name, String purpose, GroupVisibility visibility) {
        return draft(GroupKind.PARTNERSHIP, name, purpose, visibility, List.of(p.school().id(), p.university().id()),
                Set.of(), Set.of(), Set.of(), p.school().id());
    }

    private static Map<String, Long> counts(GroupSearchResult result, String facet) {
        return result.facets().get(facet).stream()
                .collect(java.util.stream.Collectors.toMap(FacetCount::code, FacetCount::count));
    }

    private static List<Long> ids(GroupSearchResult result) {
        return result.hits().stream().map(h -> h.group().id()).toList();
    }

    @Test
    void everyoneSeesOnlyWhatTheyMayInHitsAndFacetCounts() {
        String t = token();
        Partners p = partners("Facets");
        Someone outsider = ProfileFixtures.person(accounts, people, "Otto Outsider");
        long open = create(p.teacher(), draft(GroupKind.NETWORK, "Open " + t, null, GroupVisibility.PUBLIC,
                List.of(p.school().id()), Set.of("ite"), Set.of("primary"), Set.of("north-west"), null));
        long community = create(p.teacher(), draft(GroupKind.PROJECT, "Community " + t, null,
                GroupVisibility.MEMBERS_ONLY, List.of(p.school().id()), Set.of("cpd"), Set.of(), Set.of(), null));
        long hidden = create(p.teacher(), partnership(p, "Hidden " + t, null, GroupVisibility.PRIVATE));
        awaitTotal(search, p.teacher(), t, 3);

        GroupSearchResult visitor = searchAnonymously(search, query(t));
        assertThat(ids(visitor)).containsExactly(open);
        assertThat(visitor.total()).isEqualTo(1);
        assertThat(counts(visitor, "kind")).containsExactlyInAnyOrderEntriesOf(Map.of("NETWORK", 1L));
        assertThat(counts(visitor, "activity")).containsExactlyInAnyOrderEntriesOf(Map.of("ite", 1L));
        assertThat(counts(visitor, "stage")).containsExactlyInAnyOrderEntriesOf(Map.of("FORMING", 1L));

        GroupSearchResult member = searchAs(search, outsider, query(t));
        assertThat(ids(member)).containsExactlyInAnyOrder(open, community);
        assertThat(counts(member, "kind")).containsExactlyInAnyOrderEntriesOf(Map.of("NETWORK", 1L, "PROJECT", 1L));
        assertThat(counts(member, "stage")).containsExactlyInAnyOrderEntriesOf(Map.of("FORMING", 2L));

        GroupSearchResult insider = searchAs(search, p.teacher(), query(t));
        assertThat(ids(insider)).containsExactlyInAnyOrder(open, community, hidden);
        assertThat(counts(insider, "kind"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("NETWORK", 1L, "PROJECT", 1L, "PARTNERSHIP", 1L));

        // filtering by the private group's kind finds nothing for others, and counts nothing either
        GroupSearchQuery partnerships = new GroupSearchQuery(t, Set.of(GroupKind.PARTNERSHIP), null, null, null, null,
                null, 0, 20);
        GroupSearchResult filtered = searchAs(search, outsider, partnerships);
        assertThat(filtered.total()).isZero();
        assertThat(filtered.hits()).isEmpty();
        assertThat(counts(filtered, "kind"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("NETWORK", 1L, "PROJECT", 1L, "PARTNERSHIP", 0L));
        assertThat(counts(filtered, "stage")).isEmpty();
        assertThat(searchAs(search, p.teacher(), partnerships).hits()).extracting(h -> h.group().id())
                .containsExactly(hidden);
    }

    @Test
    void textOnlyInAPrivateGroupIsFoundByItsMembersAlone() {
        String secret = token();
        Partners p = partners("Secret");
        long hidden = create(p.teacher(), partnership(p, "Quiet partnership", "Our plan is " + secret + ".",
                GroupVisibility.PRIVATE));
        awaitTotal(search, p.teacher(), secret, 1);

        GroupSearchResult mine = searchAs(search, p.teacher(), query(secret));
        assertThat(mine.hits()).singleElement().satisfies(h -> {
            assertThat(h.group().id()).isEqualTo(hidden);
            assertThat(h.highlights()).contains("Our plan is <mark>" + secret + "</mark>.");
        });
        for (GroupSearchResult other : List.of(searchAs(search, p.tutor(), query(secret)),
                searchAnonymously(search, query(secret)))) {
            assertThat(other.total()).isZero();
            assertThat(other.hits()).isEmpty();
            other.facets().values().forEach(counts -> assertThat(counts).isEmpty());
        }

        // invited and joined: the tutor finds it; after leaving, no longer
        JoinRequest invitation = as(p.teacher().email(), "MEMBER",
                () -> groups.invite(hidden, p.tutor().personId(), "Join us", p.university().id()));
        as(p.tutor().email(), "MEMBER", () -> groups.acceptInvitation(invitation.id()));
        awaitTotal(search, p.tutor(), secret, 1);
        assertThat(searchAs(search, p.tutor(), query(secret)).hits().getFirst().group().memberCount()).isEqualTo(2);
        as(p.tutor().email(), "MEMBER", () -> groups.leave(hidden));
        awaitTotal(search, p.tutor(), secret, 0);
        assertThat(searchAs(search, p.teacher(), query(secret)).total()).isEqualTo(1);
    }

    @Test
    void textMatchesNamesFirstForgivesTyposAndHighlightsSafely() {
        String t = token();
        Partners p = partners("Ranking");
        long named = create(p.teacher(), partnership(p, t + " Alliance", "Working together.", GroupVisibility.PUBLIC));
        long described = create(p.teacher(), partnership(p, "Other alliance",
                "We care about <b>" + t + "</b> & more.", GroupVisibility.PUBLIC));
        awaitTotal(search, p.teacher(), t, 2);

        GroupSearchResult result = searchAnonymously(search, query(t));
        assertThat(ids(result)).containsExactly(named, described);
        assertThat(result.hits().get(1).highlights())
                .contains("We care about &lt;b&gt;<mark>" + t + "</mark>&lt;/b&gt; &amp; more.");

        String typo = t.substring(0, 5) + (t.charAt(5) == 'x' ? 'y' : 'x') + t.substring(6);
        assertThat(ids(searchAnonymously(search, query(typo)))).containsExactly(named, described);

        // every word must match somewhere
        assertThat(searchAnonymously(search, query(t + " " + token())).total()).isZero();
        // owning institutions' names are searched too
        assertThat(ids(searchAnonymously(search, query(p.university().name() + " " + t))))
                .containsExactlyInAnyOrder(named, described);

        GroupSummary summary = result.hits().getFirst().group();
        assertThat(summary.name()).isEqualTo(t + " Alliance");
        assertThat(summary.kind()).isEqualTo(GroupKind.PARTNERSHIP);
        assertThat(summary.visibility()).isEqualTo(GroupVisibility.PUBLIC);
        assertThat(summary.stage()).isEqualTo(Stage.FORMING);
        assertThat(summary.purposeExcerpt()).isEqualTo("Working together.");
        assertThat(summary.memberCount()).isEqualTo(1);
        assertThat(summary.institutions()).extracting(OwnerInstitution::id)
                .containsExactly(p.school().id(), p.university().id());
        assertThat(summary.institutions()).extracting(OwnerInstitution::name)
                .containsExactly(p.school().name(), p.university().name());
    }

    @Test
    void filtersNarrowAndEachFacetCountsWithTheOtherFilters() {
        String t = token();
        Partners p = partners("Filters");
        long iteNorth = create(p.teacher(), draft(GroupKind.NETWORK, "A " + t, null, GroupVisibility.PUBLIC,
                List.of(p.school().id()), Set.of("ite"), Set.of("primary"), Set.of("north-west"), null));
        long cpdNorth = create(p.teacher(), draft(GroupKind.PROJECT, "B " + t, null, GroupVisibility.PUBLIC,
                List.of(p.school().id()), Set.of("cpd"), Set.of("secondary"), Set.of("north-west"), null));
        long iteLondon = create(p.teacher(), draft(GroupKind.NETWORK, "C " + t, null, GroupVisibility.PUBLIC,
                List.of(p.school().id()), Set.of("ite", "cpd"), Set.of(), Set.of("london"), null));
        awaitTotal(search, p.teacher(), t, 3);

        GroupSearchQuery ite = new GroupSearchQuery(t, null, Set.of("ite"), null, null, null, null, 0, 20);
        GroupSearchResult result = searchAnonymously(search, ite);
        assertThat(ids(result)).containsExactly(iteNorth, iteLondon);
        assertThat(counts(result, "activity")).containsExactlyInAnyOrderEntriesOf(Map.of("ite", 2L, "cpd", 2L));
        assertThat(counts(result, "region"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("north-west", 1L, "london", 1L));

        GroupSearchQuery iteOrCpdInTheNorthWest = new GroupSearchQuery(t, null, Set.of("ite", "cpd"), null,
                Set.of("north-west"), null, null, 0, 20);
        result = searchAnonymously(search, iteOrCpdInTheNorthWest);
        assertThat(ids(result)).containsExactly(iteNorth, cpdNorth);
        assertThat(counts(result, "kind")).containsExactlyInAnyOrderEntriesOf(Map.of("NETWORK", 1L, "PROJECT", 1L));
        assertThat(counts(result, "phase"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("primary", 1L, "secondary", 1L));

        GroupSearchQuery paged = new GroupSearchQuery(t, null, null, null, null, null, null, 1, 2);
        result = searchAnonymously(search, paged);
        assertThat(result.total()).isEqualTo(3);
        assertThat(ids(result)).containsExactly(iteLondon);
    }

    @Test
    void theIndexFollowsRenamesOfGroupsAndOwners() {
        String t = token();
        Partners p = partners("Renames");
        long id = create(p.teacher(), partnership(p, "Before " + t, null, GroupVisibility.PUBLIC));
        awaitTotal(search, p.teacher(), t, 1);

        String renamed = token();
        as(p.teacher().email(), "MEMBER", () -> {
            GroupDetails d = groups.require(id);
            return groups.update(id, new GroupDraft(d.kind(), "After " + renamed, d.purposeMarkdown(),
                    d.normsMarkdown(), d.visibility(), d.joinPolicy(), null,
                    d.institutions().stream().map(OwnerInstitution::id).toList(), d.activities(), d.phases(),
                    d.regions(), d.modelLevel(), null), d.version());
        });
        awaitTotal(search, p.teacher(), renamed, 1);
        assertThat(searchAnonymously(search, query(t)).total()).isZero();

        String school = token();
        InstitutionSummary s = p.school();
        as("moderator@groups.test", "ADMIN", () -> institutions.update(s.id(), new NewInstitution(
                "Oak " + school + " Primary", s.sector(), s.region(), s.town(), s.postcode(), s.location(),
                s.website(), s.parentId())));
        awaitTotal(search, p.teacher(), school, 1);
        assertThat(searchAnonymously(search, query(school)).hits().getFirst().group().institutions())
                .extracting(OwnerInstitution::name).contains("Oak " + school + " Primary");
    }

    @Test
    void theAdminReindexRebuildsTheGroupsIndexAndKeepsPrivacy() {
        String t = token();
        Partners p = partners("Rebuild");
        long hidden = create(p.teacher(), partnership(p, "Rebuilt " + t, null, GroupVisibility.PRIVATE));
        awaitTotal(search, p.teacher(), t, 1);
        List<String> before = indexes.concreteIndices(GroupsIndex.NAME);

        as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> administration.reindexAll());
        ReindexStatus done = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(IntegrationTest.ADMIN_EMAIL, "ADMIN", () -> administration.status()),
                        status -> !status.running());
        assertThat(done.state()).isEqualTo(ReindexStatus.State.DONE);
        assertThat(done.indices()).filteredOn(i -> i.name().equals(GroupsIndex.NAME)).singleElement()
                .satisfies(i -> {
                    assertThat(i.state()).isEqualTo(ReindexStatus.State.DONE);
                    assertThat(i.expected()).isEqualTo(index.documentCount());
                    assertThat(i.written()).isGreaterThanOrEqualTo(i.expected());
                });
        assertThat(indexes.concreteIndices(GroupsIndex.NAME)).doesNotContainAnyElementsOf(before);
        assertThat(ids(searchAs(search, p.teacher(), query(t)))).containsExactly(hidden);
        assertThat(searchAs(search, p.tutor(), query(t)).total()).isZero();
        assertThat(searchAnonymously(search, query(t)).total()).isZero();
    }

    @Test
    void changesMadeWhileElasticsearchIsDownAreIndexedWhenItIsBack() {
        String t = token();
        Partners p = partners("Outage");
        long id = create(p.teacher(), partnership(p, "Sturdy " + t, null, GroupVisibility.PUBLIC));
        awaitTotal(search, p.teacher(), t, 1);

        String during = token();
        ElasticsearchTestNode.stop();
        try {
            as(p.teacher().email(), "MEMBER", () -> {
                GroupDetails d = groups.require(id);
                return groups.update(id, new GroupDraft(d.kind(), "Sturdy " + during, null, null, d.visibility(),
                        d.joinPolicy(), null, d.institutions().stream().map(OwnerInstitution::id).toList(),
                        d.activities(), d.phases(), d.regions(), d.modelLevel(), null), d.version());
            });
            assertThatThrownBy(() -> searchAnonymously(search, query(during)))
                    .isInstanceOf(org.thirdspace.search.SearchIndexException.class);
            Awaitility.await().pollDelay(Duration.ofMillis(1500)).until(() -> true); // the listener tries and fails
        } finally {
            ElasticsearchTestNode.restart();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> searchAnonymously(search, query(during)).total() == 1);
        assertThat(searchAnonymously(search, query(t)).total()).isZero();
    }

    @Test
    void outOfRangeQueriesAreInvalid() {
        Map<String, GroupSearchQuery> bad = Map.of(
                "size", new GroupSearchQuery(null, null, null, null, null, null, null, 0, 0),
                "page", new GroupSearchQuery(null, null, null, null, null, null, null, -1, 20),
                "q", new GroupSearchQuery("x".repeat(201), null, null, null, null, null, null, 0, 20));
        bad.forEach((field, q) -> assertThatThrownBy(() -> searchAnonymously(search, q))
                .isInstanceOfSatisfying(GroupException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GroupException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo(field);
                }));
        assertThatThrownBy(() -> searchAnonymously(search,
                new GroupSearchQuery(null, null, null, null, null, null, null, 0, 101)))
                .isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.field()).isEqualTo("size"));
        assertThatThrownBy(() -> searchAnonymously(search,
                new GroupSearchQuery(null, null, null, null, null, null, null, 100, 100)))
                .isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }
}
