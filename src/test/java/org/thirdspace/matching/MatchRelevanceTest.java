package org.thirdspace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.finder.internal.PeopleIndex;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.matching.MatchingFixtures.P;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedService;
import org.thirdspace.people.Availability;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.Sector;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Acceptance (issue 9): a small hand-made set of profiles and needs on the real database and
 * Elasticsearch node. For each need the expected people rank in the top 3, every reason shown for
 * a hand-made person is checked against that person's data, a hidden profile never appears, the
 * need's author is never suggested, and a broker's weighting changes the order.
 */
@IntegrationTest
class MatchRelevanceTest {

    @Autowired
    MatchingService matching;
    @Autowired
    NeedService needs;
    @Autowired
    PeopleIndex peopleIndex;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Vocabularies vocabularies;

    InstitutionSummary school;
    InstitutionSummary near5;
    InstitutionSummary near15;
    InstitutionSummary leeds;
    InstitutionSummary aberdeen;
    Someone author;
    Someone broker;
    final Map<Long, P> world = new java.util.HashMap<>();

    @BeforeEach
    void places() {
        school = MatchingFixtures.institution(institutions, "Plymstock Sixth Form", Sector.SECONDARY_SCHOOL, 50.3755, -4.1427);
        near5 = MatchingFixtures.institution(institutions, "Tamar Lab School", Sector.SECONDARY_SCHOOL, 50.4050, -4.1000);
        near15 = MatchingFixtures.institution(institutions, "University of the Sound", Sector.UNIVERSITY, 50.4400, -3.9900);
        leeds = MatchingFixtures.institution(institutions, "Aire Valley Academy", Sector.SECONDARY_SCHOOL, 53.8000, -1.5500);
        aberdeen = MatchingFixtures.institution(institutions, "Granite University", Sector.UNIVERSITY, 57.1500, -2.0900);
        author = ProfileFixtures.person(accounts, people, "Morwenna Asker");
        as(author.email(), "MEMBER", () -> people.addAffiliation(author.personId(),
                ProfileFixtures.since(school.id(), "Head of science", LocalDate.of(2019, 9, 1))));
        broker = ProfileFixtures.person(accounts, people, "Bryn Broker", Role.BROKER);
    }

    private P index(P p) {
        peopleIndex.index(p.build());
        world.put(p.id, p);
        return p;
    }

    private NeedDetails post(String title, String description, String forWhom, Map<NeedFacet, Set<String>> facets,
            boolean onlineOk, int capacity) {
        return as(author.email(), "MEMBER", () -> needs.create(MatchingFixtures.need(title, description, forWhom,
                school.id(), null, facets, onlineOk, capacity)));
    }

    private NeedMatches matches(long needId, MatchWeights weights) {
        return as(broker.email(), "BROKER", () -> matching.matches(needId, weights, 10));
    }

    private static List<Long> ids(List<MatchCandidate> list) {
        return list.stream().map(MatchCandidate::personId).toList();
    }

    @Test
    void chemistryMentorsNearbyRankFirstWithTrueReasons() {
        String tok = MatchingFixtures.token();
        P alice = index(new P("Alice Penhale").headline("Chemistry mentor for sixth formers").roles("mentor")
                .subjects("chemistry").activities("pupil-mentoring").phases("post-16")
                .topics(tok + " practical chemistry").bio("I mentor post-16 students in practical chemistry.")
                .open(3).at(near5).activeDaysAgo(2));
        P bilal = index(new P("Bilal Trethewey").headline("University chemistry lecturer").roles("link-tutor")
                .subjects("chemistry").activities("pupil-mentoring").topics(tok).open(2).at(near15).activeDaysAgo(10));
        P carys = index(new P("Carys Decoy").headline("History teacher").subjects("history").activities("cpd")
                .topics(tok).at(leeds).activeDaysAgo(200));
        P dai = index(new P("Dai Hidden").headline("Chemistry mentor").roles("mentor").subjects("chemistry")
                .activities("pupil-mentoring").phases("post-16").topics(tok + " practical chemistry").open(5).at(near5)
                .visibility(Visibility.HIDDEN));
        P efa = index(new P("Efa Nearby").headline("Physics technician").subjects("physics").activities("stem-outreach")
                .topics(tok).at(near5).activeDaysAgo(300));
        peopleIndex.refresh();

        NeedDetails need = post("Chemistry mentors for " + tok + " sixth formers",
                "Our post-16 chemistry students in the " + tok + " programme would like mentors from a university lab"
                        + " to talk through practical work.",
                "Year 12 chemistry group", Map.of(NeedFacet.ACTIVITY, Set.of("pupil-mentoring"),
                        NeedFacet.SUBJECT, Set.of("chemistry"), NeedFacet.PHASE, Set.of("post-16"),
                        NeedFacet.REGION, Set.of("south-west")), false, 2);

        NeedMatches result = matches(need.id(), null);
        List<Long> ranked = ids(result.candidates());
        assertThat(ranked.subList(0, Math.min(3, ranked.size()))).contains(alice.id, bilal.id);
        assertThat(ranked.indexOf(alice.id)).isLessThan(ranked.indexOf(bilal.id));
        if (ranked.contains(efa.id)) {
            assertThat(ranked.indexOf(bilal.id)).isLessThan(ranked.indexOf(efa.id));
        }
        if (ranked.contains(carys.id)) {
            assertThat(ranked.indexOf(bilal.id)).isLessThan(ranked.indexOf(carys.id));
        }
        assertThat(ranked).doesNotContain(dai.id, author.personId());
        assertThat(ids(result.alreadyPartnered())).doesNotContain(dai.id);
        assertThat(result.weights()).isEqualTo(matching.defaultWeights());
        everyReasonIsTrue(result, need, school);
        MatchCandidate first = result.candidates().get(ranked.indexOf(alice.id));
        assertThat(first.reasons()).extracting(MatchReason::text).contains("Mentor in Chemistry",
                "Open to new partnerships, capacity 3", "Active this week");
        assertThat(first.distanceKm()).isBetween(2.0, 6.0);

        // the broker turns text and facets off and distance up: the nearby physics technician
        // overtakes the lecturer 15 km away; the hidden mentor next door still never shows
        MatchWeights distanceOnly = new MatchWeights(0, 0, 10, 0, 0, 0);
        NeedMatches tuned = matches(need.id(), distanceOnly);
        List<Long> tunedIds = ids(tuned.candidates());
        assertThat(tuned.weights()).isEqualTo(distanceOnly);
        assertThat(tunedIds).contains(efa.id, bilal.id).doesNotContain(dai.id);
        assertThat(tunedIds.indexOf(efa.id)).isLessThan(tunedIds.indexOf(bilal.id));
        everyReasonIsTrue(tuned, need, school);
    }

    @Test
    void onlineIsFineLetsAFarAwayOnlineResearcherRankAndKeepsInPersonOnesBehind() {
        String tok = MatchingFixtures.token();
        P gwen = index(new P("Gwen Online").headline("Researcher coaching pupil enquiry").roles("researcher")
                .activities("students-as-researchers").subjects("education-research-methods").phases("secondary")
                .topics(tok + " enquiry").mode(Availability.Mode.ONLINE).open(1).at(aberdeen).activeDaysAgo(20));
        P huw = index(new P("Huw Inperson").headline("Researcher coaching pupil enquiry").roles("researcher")
                .activities("students-as-researchers").subjects("education-research-methods").phases("secondary")
                .topics(tok + " enquiry").mode(Availability.Mode.IN_PERSON).open(1).at(aberdeen).activeDaysAgo(20));
        P ifan = index(new P("Ifan Both").headline("Education researcher").roles("researcher")
                .activities("students-as-researchers").phases("secondary").topics(tok).mode(Availability.Mode.BOTH)
                .open(2).at(near15).activeDaysAgo(3));
        P jac = index(new P("Jac Decoy").headline("English teacher").activities("ite").subjects("english").topics(tok)
                .at(leeds).activeDaysAgo(90));
        peopleIndex.refresh();

        NeedDetails need = post(tok + " students as researchers: research methods support",
                "We want a researcher who can coach our pupils running their own enquiry projects on " + tok
                        + "; online sessions are fine.",
                "Year 10 research club", Map.of(NeedFacet.ACTIVITY, Set.of("students-as-researchers"),
                        NeedFacet.SUBJECT, Set.of("education-research-methods"), NeedFacet.PHASE, Set.of("secondary")),
                true, 1);

        NeedMatches result = matches(need.id(), null);
        List<Long> ranked = ids(result.candidates());
        assertThat(ranked.subList(0, Math.min(3, ranked.size()))).contains(gwen.id, ifan.id);
        assertThat(ranked).contains(huw.id);
        assertThat(ranked.indexOf(gwen.id)).isLessThan(ranked.indexOf(huw.id));
        if (ranked.contains(jac.id)) {
            assertThat(ranked.indexOf(huw.id)).isLessThan(ranked.indexOf(jac.id));
        }
        everyReasonIsTrue(result, need, school);
        assertThat(result.candidates().get(ranked.indexOf(gwen.id)).reasons()).extracting(MatchReason::code)
                .contains("matching.reason.online", "matching.reason.subject-role", "matching.reason.activity",
                        "matching.reason.available-capacity", "matching.reason.active-month");
        assertThat(result.candidates().get(ranked.indexOf(huw.id)).reasons()).extracting(MatchReason::code)
                .doesNotContain("matching.reason.online");
    }

    // --- every reason is a fact about the person -------------------------------------------------

    private void everyReasonIsTrue(NeedMatches result, NeedDetails need, InstitutionSummary at) {
        List<MatchCandidate> all = new ArrayList<>(result.candidates());
        all.addAll(result.alreadyPartnered());
        int checked = 0;
        for (MatchCandidate c : all) {
            P p = world.get(c.personId());
            if (p == null) {
                continue; // someone another test indexed: we do not know their data
            }
            assertThat(c.name()).isEqualTo(p.name);
            for (MatchReason r : c.reasons()) {
                assertThat(isTrue(r, p, need, at)).as("%s for %s: %s", r.code(), p, r.text()).isTrue();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    private boolean isTrue(MatchReason r, P p, NeedDetails need, InstitutionSummary at) {
        Locale en = Locale.ENGLISH;
        Function<Set<String>, Set<String>> subjects = codes -> labels(Vocabulary.SUBJECT, codes);
        List<Object> a = r.args();
        return switch (r.code()) {
            case "matching.reason.subject-role" -> p.roles.stream().map(code -> vocabularies.label(Vocabulary.ROLE, code, en))
                    .anyMatch(a.get(0)::equals) && subjects.apply(p.subjects).contains(a.get(1))
                    && subjects.apply(need.facets().get(NeedFacet.SUBJECT)).contains(a.get(1));
            case "matching.reason.subject" -> p.roles.isEmpty() && subjects.apply(p.subjects).contains(a.get(0));
            case "matching.reason.activity" -> labels(Vocabulary.ACTIVITY_TYPE, p.activities).contains(a.get(0));
            case "matching.reason.phase" -> labels(Vocabulary.PHASE, p.phases).contains(a.get(0));
            case "matching.reason.mentions" -> {
                String profile = (p.headline + " " + String.join(" ", p.topics) + " " + p.bio).toLowerCase(Locale.ROOT);
                yield java.util.Arrays.stream(((String) a.get(0)).split(", "))
                        .map(w -> w.replace("\u201c", "").replace("\u201d", ""))
                        .allMatch(w -> java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(profile).find());
            }
            case "matching.reason.distance" -> p.at != null && Math.abs(Double.parseDouble((String) a.get(0))
                    - at.location().distanceKm(p.at.location())) < 1.0;
            case "matching.reason.online" -> need.onlineOk()
                    && (p.mode == Availability.Mode.ONLINE || p.mode == Availability.Mode.BOTH);
            case "matching.reason.available-capacity" -> p.open && a.get(0).equals(p.capacity);
            case "matching.reason.available" -> p.open && p.capacity == null;
            case "matching.reason.active-week" -> p.activeDaysAgo < 7;
            case "matching.reason.active-month" -> p.activeDaysAgo >= 7 && p.activeDaysAgo < 30;
            default -> false; // connections and partners are tested where those exist
        };
    }

    private Set<String> labels(Vocabulary vocabulary, Set<String> codes) {
        return codes == null ? Set.of() : codes.stream().map(c -> vocabularies.label(vocabulary, c, Locale.ENGLISH))
                .collect(Collectors.toSet());
    }
}
