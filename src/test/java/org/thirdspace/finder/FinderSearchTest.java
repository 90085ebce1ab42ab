package org.thirdspace.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.finder.FinderFixtures.P;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.SimilarPeople;
import org.thirdspace.people.Visibility;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;

/** The finder's queries against the real node: typos, synonyms, facets, distance, privacy, highlights. */
@IntegrationTest
class FinderSearchTest {

    static final GeoPoint CHARING_CROSS = new GeoPoint(51.5074, -0.1278);

    @Autowired
    PeopleFinder finder;
    @Autowired
    PeopleIndex index;
    @Autowired
    InstitutionService institutions;
    @Autowired
    SimilarPeople similarPeople;

    static String token;
    static P mona, lina, ivan, rosa, hugo, mark;
    static InstitutionSummary londonSchool;

    @BeforeEach
    void data() {
        if (token != null) {
            return;
        }
        String t = FinderFixtures.token();
        londonSchool = FinderFixtures.institution(institutions, "Thames Academy " + t, Sector.SECONDARY_SCHOOL,
                Region.LONDON, FinderFixtures.postcode(), 51.5155, -0.1410);
        InstitutionSummary londonUni = FinderFixtures.institution(institutions, "Bloomsbury University " + t,
                Sector.UNIVERSITY, Region.LONDON, FinderFixtures.postcode(), 51.5246, -0.1340);
        InstitutionSummary manchester = FinderFixtures.institution(institutions, "Irwell High " + t,
                Sector.SECONDARY_SCHOOL, Region.NORTH_WEST, FinderFixtures.postcode(), 53.4808, -2.2426);
        InstitutionSummary leeds = FinderFixtures.institution(institutions, "Aire University " + t,
                Sector.UNIVERSITY, Region.YORKSHIRE, FinderFixtures.postcode(), 53.8067, -1.5550);
        mona = new P("Mona " + t).headline("Science mentor for trainee teachers").roles("mentor")
                .subjects("science").phases("secondary").activities("ite").topics("practical work").open()
                .at(londonSchool).activeDaysAgo(1);
        lina = new P("Lina " + t).headline("Link tutor for science placements").roles("link-tutor")
                .subjects("science").phases("secondary").activities("ite").spanner().at(londonUni)
                .formerlyAt(londonSchool).activeDaysAgo(2);
        ivan = new P("Ivan " + t).headline("Runs the school's ITE programme").roles("ite-coordinator")
                .subjects("mathematics").phases("secondary").activities("ite", "cpd").open()
                .visibility(Visibility.MEMBERS).at(manchester).activeDaysAgo(3);
        rosa = new P("Rosa " + t).headline("Researching <script>alert(1)</script> & mentoring cultures")
                .roles("researcher").subjects("history").phases("he").activities("research")
                .topics("practitioner enquiry").at(leeds).activeDaysAgo(10);
        hugo = new P("Hugo " + t).headline("Maths mentor").roles("mentor").subjects("mathematics")
                .phases("secondary").visibility(Visibility.HIDDEN).open().at(manchester).activeDaysAgo(0);
        mark = new P("Mark " + t).headline("English mentor and partnership lead").roles("mentor")
                .subjects("english").phases("secondary").activities("ite").topics("practical work").spanner().open()
                .at(leeds).activeDaysAgo(5);
        for (P p : List.of(mona, lina, ivan, rosa, hugo, mark)) {
            index.index(p.build());
        }
        index.refresh();
        token = t;
    }

    private static List<Long> ids(FinderResult result) {
        return result.items().stream().map(FinderResult.Item::id).toList();
    }

    private static FinderQuery query(String text) {
        return FinderQuery.of(text);
    }

    @Test
    void typosStillFindMentors() {
        FinderResult result = finder.search(query("mentr " + token), Viewer.ANONYMOUS);
        assertThat(ids(result)).contains(mona.id, mark.id).doesNotContain(lina.id, hugo.id);
        FinderResult.Item first = result.items().stream().filter(i -> i.id() == mona.id).findFirst().orElseThrow();
        assertThat(first.why()).contains("Mentor").contains("Science").contains("open to new partnerships");
        // misspelt names too
        assertThat(ids(finder.search(query("Monna " + token), Viewer.ANONYMOUS))).containsExactly(mona.id);
    }

    @Test
    void roleSynonymsFindTheRole() {
        assertThat(ids(finder.search(query("teacher tutor " + token), Viewer.member(null))))
                .containsExactlyInAnyOrder(mona.id, mark.id);
        assertThat(ids(finder.search(query("professional tutor " + token), Viewer.member(null))))
                .contains(ivan.id).doesNotContain(mona.id, mark.id);
        assertThat(ids(finder.search(query("visiting tutor " + token), Viewer.member(null))))
                .containsExactly(lina.id);
    }

    @Test
    void facetCountsEqualTheTotalsOfTheFilteredSearch() {
        FinderQuery base = query(token).withFilter(Facet.ROLE, "mentor").withFilter(Facet.PHASE, "secondary");
        FinderResult result = finder.search(base, Viewer.member(null));
        assertThat(result.total()).isEqualTo(2); // Mona, Mark (Hugo is hidden)
        // the role facet ignores the role filter but respects the others
        assertThat(result.facets().get(Facet.ROLE)).extracting(FinderResult.FacetCount::code)
                .contains("mentor", "link-tutor", "ite-coordinator").doesNotContain("researcher");
        for (Facet facet : Facet.values()) {
            for (FinderResult.FacetCount count : result.facets().get(facet)) {
                Map<Facet, Set<String>> filters = new EnumMap<>(base.filters());
                filters.put(facet, Set.of(count.code()));
                long total = finder.search(new FinderQuery(base.text(), filters, null, null, FinderQuery.Sort.RELEVANCE,
                        0, 10), Viewer.member(null)).total();
                assertThat(count.count()).as(facet + "=" + count.code()).isEqualTo(total);
            }
        }
        assertThat(result.facets().get(Facet.ROLE)).filteredOn(c -> c.code().equals("mentor")).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Mentor"));
    }

    @Test
    void distanceFilterAndSort() {
        FinderQuery near = query(token).withNear(CHARING_CROSS, 20.0).withSort(FinderQuery.Sort.DISTANCE);
        FinderResult result = finder.search(near, Viewer.member(null));
        assertThat(ids(result)).containsExactly(mona.id, lina.id);
        double monaKm = CHARING_CROSS.distanceKm(new GeoPoint(51.5155, -0.1410));
        assertThat(result.items().getFirst().distanceKm()).isEqualTo(Math.round(monaKm * 10) / 10.0);
        assertThat(result.items().getFirst().why()).contains(" km");
        FinderResult all = finder.search(query(token).withNear(CHARING_CROSS, null).withSort(FinderQuery.Sort.DISTANCE),
                Viewer.member(null));
        List<Double> distances = all.items().stream().map(FinderResult.Item::distanceKm).toList();
        assertThat(distances).isSorted().hasSize(5);
        assertThat(finder.locatePostcode(londonSchool.postcode().toLowerCase().replace(" ", ""))).isPresent()
                .get().satisfies(p -> assertThat(p.latitude()).isEqualTo(51.5155));
    }

    @Test
    void hiddenProfilesAreNeverFoundAndMembersOnlyOnesOnlyByMembers() {
        FinderResult anonymous = finder.search(query(token), Viewer.ANONYMOUS);
        assertThat(ids(anonymous)).containsExactlyInAnyOrder(mona.id, lina.id, rosa.id, mark.id);
        assertThat(anonymous.total()).isEqualTo(4);
        assertThat(anonymous.facets().get(Facet.ROLE)).extracting(FinderResult.FacetCount::code)
                .doesNotContain("ite-coordinator");
        FinderResult member = finder.search(query(token), Viewer.member(null));
        assertThat(ids(member)).containsExactlyInAnyOrder(mona.id, lina.id, ivan.id, rosa.id, mark.id);
        // not even the owner finds their hidden profile: what they see is what others see
        assertThat(ids(finder.search(query(token), Viewer.member(hugo.id)))).doesNotContain(hugo.id);
        assertThat(finder.search(query("hugo " + token), Viewer.member(hugo.id)).total()).isZero();
        long mentorsForMembers = member.facets().get(Facet.ROLE).stream().filter(c -> c.code().equals("mentor"))
                .findFirst().orElseThrow().count();
        assertThat(mentorsForMembers).isEqualTo(2);
        assertThat(finder.suggest("Hugo " + token, Viewer.member(null), 5)).isEmpty();
        assertThat(finder.suggest("Ivan " + token, Viewer.ANONYMOUS, 5)).isEmpty();
        assertThat(finder.suggest("Ivan " + token, Viewer.member(null), 5)).contains("Ivan " + token);
        assertThat(finder.suggest("Bloomsbury Univ", Viewer.ANONYMOUS, 10)).contains("Bloomsbury University " + token);
    }

    @Test
    void highlightsAreEscapedWithOnlyMarkAsMarkup() {
        FinderResult result = finder.search(query("researching " + token), Viewer.ANONYMOUS);
        assertThat(ids(result)).containsExactly(rosa.id);
        String html = String.join(" ", result.items().getFirst().highlights());
        assertThat(html).contains("<mark>Researching</mark>").contains("&lt;script&gt;").contains("&amp;")
                .doesNotContain("<script");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void similarPeopleShareRolesAndRespectPrivacy() {
        List<SimilarPeople.Suggestion> similar = FinderFixtures.asAdmin(() -> similarPeople.similarTo(mona.id, 20));
        assertThat(similar).extracting(SimilarPeople.Suggestion::personId).contains(mark.id)
                .doesNotContain(mona.id, hugo.id);
        assertThat(similar).filteredOn(s -> s.personId() == mark.id).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("Mentor"));
    }

    @Test
    void spellingAlternativesWhenNothingMatches() {
        FinderResult result = finder.search(query("zzqqxxjj"), Viewer.ANONYMOUS);
        assertThat(result.total()).isZero();
        // a misspelt role with a filter that leaves nothing still offers the corrected spelling
        FinderResult misspelt = finder.search(query("mentorrs " + token + " qqqwwwzzz"), Viewer.ANONYMOUS);
        assertThat(misspelt.total()).isZero();
        assertThat(misspelt.suggestions()).anySatisfy(s -> assertThat(s).startsWith("mentor"));
    }
}
