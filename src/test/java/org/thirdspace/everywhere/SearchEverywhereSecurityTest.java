package org.thirdspace.everywhere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.curation.CollectionDetails;
import org.thirdspace.curation.CollectionDraft;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.NewCollectionItem;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedDraft;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedService;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.people.ProfileUpdate;
import org.thirdspace.people.Visibility;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * Issue 9's security acceptance: one word appears only in a private group's name and purpose, a
 * topic and a reply in its forum, a need on its behalf, a case study of the group, a draft case
 * study, a case study in review, a draft collection and a hidden profile. A member of no private
 * group (and a visitor) finds nothing in any type or count, through the service and through
 * {@code GET /api/v1/search}, with no type reported unavailable (a failed search would also give
 * zero). Controls show each search can find the word: the group's member finds the group's
 * content, the profile is found while it is public, and once the drafts are published outsiders
 * find them.
 */
@IntegrationTest
class SearchEverywhereSecurityTest {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

    @Autowired
    SearchEverywhere search;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    GroupService groups;
    @Autowired
    ForumService forum;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CurationService curation;
    @Autowired
    NeedService needs;

    private EverywhereResult searchAs(Someone who, String role, EverywhereQuery query) {
        return as(who.email(), role, () -> search.search(query));
    }

    private static <T> T anonymously(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Map<SearchType, Long> counts(long people, long groups, long caseStudies, long topics,
            long collections, long needs) {
        Map<SearchType, Long> counts = new EnumMap<>(SearchType.class);
        counts.put(SearchType.PEOPLE, people);
        counts.put(SearchType.GROUPS, groups);
        counts.put(SearchType.CASE_STUDIES, caseStudies);
        counts.put(SearchType.TOPICS, topics);
        counts.put(SearchType.COLLECTIONS, collections);
        counts.put(SearchType.NEEDS, needs);
        return counts;
    }

    /** Nothing at all, and nothing because a search failed: every count 0, no hits, none unavailable. */
    private static void assertNothing(EverywhereResult result) {
        assertThat(result.unavailable()).isEmpty();
        assertThat(result.counts()).isEqualTo(counts(0, 0, 0, 0, 0, 0));
        assertThat(result.sections()).allSatisfy(s -> {
            assertThat(s.total()).isZero();
            assertThat(s.hits()).isEmpty();
        });
    }

    private void assertNothingEverywhere(Supplier<EverywhereResult> all,
            java.util.function.Function<SearchType, EverywhereResult> oneType) {
        assertNothing(all.get());
        for (SearchType type : SearchType.values()) {
            assertNothing(oneType.apply(type));
        }
    }

    private ResultActions rest(Someone who, String word, SearchType type) throws Exception {
        var request = get("/api/v1/search").param("q", word).with(user(who.email()).roles("MEMBER"));
        if (type != null) {
            request.param("type", type.param());
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private void assertNothingThroughRest(Someone who, String word) throws Exception {
        for (SearchType type : new SearchType[] {null, SearchType.PEOPLE, SearchType.GROUPS, SearchType.CASE_STUDIES,
                SearchType.TOPICS, SearchType.COLLECTIONS, SearchType.NEEDS}) {
            ResultActions answer = rest(who, word, type)
                    .andExpect(jsonPath("$.total").value(0))
                    .andExpect(jsonPath("$.items", empty()))
                    .andExpect(jsonPath("$.unavailable", empty()));
            for (SearchType t : SearchType.values()) {
                answer.andExpect(jsonPath("$.counts['" + t.param() + "']").value(0));
            }
        }
    }

    private static ProfileUpdate profile(String headline, Visibility visibility) {
        return new ProfileUpdate(null, headline, "I run clubs with partner schools.", Set.of("mentor"), Set.of("ite"),
                Set.of("science"), Set.of("secondary"), List.of("practical work"), List.of(), List.of("English"),
                new Availability(true, 2, Availability.Mode.BOTH), new ContactPreferences(false, true, null),
                visibility);
    }

    private static NeedDraft need(String title, String description, Long groupId) {
        return new NeedDraft(title, description, "Year 8, two classes", null, groupId,
                Map.of(NeedFacet.ACTIVITY, Set.of("stem-outreach"), NeedFacet.REGION, Set.of("north-west")),
                false, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), 2);
    }

    @Test
    void aMemberOfNoPrivateGroupFindsNothingOfPrivateGroupsDraftsOrHiddenProfiles() throws Exception {
        String word = EverywhereFixtures.token("zw");
        // institutions and people are public: their names must not carry the word
        var partners = GroupFixtures.partners(accounts, people, institutions, EverywhereFixtures.token("Harbour "));
        Someone facilitator = partners.teacher();
        Someone member = partners.tutor();
        Someone moderator = ProfileFixtures.person(accounts, people, "Everywhere Moderator", Role.MODERATOR);
        Someone outsider = ProfileFixtures.person(accounts, people, "Olu Outsider");

        // a private group: the word in its name and purpose; the tutor joins it
        GroupDetails group = as(facilitator.email(), "MEMBER", () -> groups.create(new GroupDraft(GroupKind.PARTNERSHIP,
                "Quayside " + word + " partnership", "Our " + word + " outreach, kept among ourselves.",
                "Meet every half term.", GroupVisibility.PRIVATE, JoinPolicy.REQUEST, null,
                List.of(partners.school().id(), partners.university().id()), Set.of(), Set.of(), Set.of("north-west"),
                null, partners.school().id())));
        long invitation = as(facilitator.email(), "MEMBER",
                () -> groups.invite(group.id(), member.personId(), "Join us", null).id());
        as(member.email(), "MEMBER", () -> groups.acceptInvitation(invitation));

        // its forum: a topic with the word and a reply with the word
        TopicDetails topic = ForumFixtures.topic(forum, facilitator, ForumKey.group(group.id()), TopicKind.DISCUSSION,
                "Planning the " + word + " visits", "Who can host the " + word + " visit in March?");
        ForumFixtures.reply(forum, member, topic.id(), "I can host the second " + word + " afternoon.");

        // a need on behalf of the private group
        NeedDetails groupNeed = as(facilitator.email(), "MEMBER", () -> needs.create(need("Ambassadors for " + word,
                "Two ambassadors for our " + word + " fair.", group.id())));

        // case studies: one published in the private group, one draft and one in review (no group)
        CaseStudyDraft inGroup = withGroup(CaseStudyFixtures.draft("Group study " + word, word), group.id());
        CaseStudyDetails groupStudy = CaseStudyFixtures.published(caseStudies, member, moderator, inGroup);
        CaseStudyDetails draft = CaseStudyFixtures.create(caseStudies, facilitator,
                CaseStudyFixtures.draft("Draft study " + word, word));
        CaseStudyDetails inReview = CaseStudyFixtures.create(caseStudies, facilitator,
                CaseStudyFixtures.draft("Review study " + word, word));
        as(facilitator.email(), "MEMBER", () -> caseStudies.submit(inReview.id(), inReview.headRevision()));

        // a draft collection
        CollectionDetails collection = as(moderator.email(), "MODERATOR", () -> curation.create(new CollectionDraft(
                "Collected " + word + " practice", "The best of " + word + " partnerships.", "An introduction.")));
        as(moderator.email(), "MODERATOR", () -> curation.addItem(collection.id(), NewCollectionItem.external(
                "https://example.org/reading", "Further reading", "A good start.")));

        // a profile with the word, public first (control: it is found), then hidden
        Someone hidden = ProfileFixtures.person(accounts, people, "Hana Hidden");
        as(hidden.email(), "MEMBER", () -> people.updateMyProfile(profile("Mentor for " + word + " clubs",
                Visibility.PUBLIC)));
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200)).until(() ->
                searchAs(outsider, "MEMBER", EverywhereQuery.of(word)).counts().get(SearchType.PEOPLE) == 1);
        as(hidden.email(), "MEMBER", () -> people.updateMyProfile(profile("Mentor for " + word + " clubs",
                Visibility.HIDDEN)));

        // control: the group's member finds the group, the topic, the need and the group's case
        // study (so the private content is indexed and searchable) - never the drafts or the profile
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(searchAs(member, "MEMBER", EverywhereQuery.of(word)).counts())
                        .isEqualTo(counts(0, 1, 1, 1, 0, 1)));
        EverywhereResult members = searchAs(member, "MEMBER", EverywhereQuery.of(word));
        assertThat(members.unavailable()).isEmpty();
        assertThat(members.section(SearchType.GROUPS).hits()).singleElement().satisfies(h -> {
            assertThat(h.link()).isEqualTo("groups/" + group.id());
            assertThat(h.snippet()).contains("<mark>" + word + "</mark>");
        });
        assertThat(members.section(SearchType.TOPICS).hits()).extracting(EverywhereResult.Hit::id)
                .containsExactly(Long.toString(topic.id()));
        assertThat(members.section(SearchType.NEEDS).hits()).extracting(EverywhereResult.Hit::link)
                .containsExactly("needs/" + groupNeed.id());
        assertThat(members.section(SearchType.CASE_STUDIES).hits()).extracting(EverywhereResult.Hit::link)
                .containsExactly("case-studies/" + groupStudy.id());
        // the hidden profile has left the index for the outsider too
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200)).until(() ->
                searchAs(outsider, "MEMBER", EverywhereQuery.of(word, SearchType.PEOPLE)).counts()
                        .get(SearchType.PEOPLE) == 0);
        // not even its owner finds it (what the owner sees is what others see)
        assertNothing(searchAs(hidden, "MEMBER", EverywhereQuery.of(word)));

        // the outsider: nothing in any type or count, with and without a type
        assertNothingEverywhere(() -> searchAs(outsider, "MEMBER", EverywhereQuery.of(word)),
                type -> searchAs(outsider, "MEMBER", EverywhereQuery.of(word, type)));
        // a visitor neither
        assertNothingEverywhere(() -> anonymously(() -> search.search(EverywhereQuery.of(word))),
                type -> anonymously(() -> search.search(EverywhereQuery.of(word, type))));
        // ... and through the REST API
        assertNothingThroughRest(outsider, word);
        mvc.perform(get("/api/v1/search").param("q", word)).andExpect(status().isUnauthorized());
        rest(member, word, null)
                .andExpect(jsonPath("$.counts.groups").value(1))
                .andExpect(jsonPath("$.counts.topics").value(1))
                .andExpect(jsonPath("$.counts.needs").value(1))
                .andExpect(jsonPath("$.counts['case-studies']").value(1))
                .andExpect(jsonPath("$.total").value(4));

        // controls for the drafts: published, the outsider finds them
        as(moderator.email(), "MODERATOR", () -> curation.publish(collection.id()));
        CaseStudyDetails draftNow = as(facilitator.email(), "MEMBER", () -> caseStudies.require(draft.id()));
        as(facilitator.email(), "MEMBER", () -> caseStudies.submit(draft.id(), draftNow.headRevision()));
        as(moderator.email(), "MODERATOR", () -> caseStudies.review(draft.id(), draftNow.headRevision(),
                org.thirdspace.casestudies.ReviewDecision.APPROVED, null));
        Awaitility.await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(searchAs(outsider, "MEMBER", EverywhereQuery.of(word)).counts())
                        .isEqualTo(counts(0, 0, 1, 0, 1, 0)));
        rest(outsider, word, SearchType.COLLECTIONS)
                .andExpect(jsonPath("$.items[0].link").value("collections/" + collection.slug()))
                .andExpect(jsonPath("$.items[0].snippet").value("The best of <mark>" + word + "</mark> partnerships."));
    }

    private static CaseStudyDraft withGroup(CaseStudyDraft d, long groupId) {
        return new CaseStudyDraft(d.title(), d.summary(), d.fields(), d.voice(), d.activities(), d.sectors(),
                d.phases(), d.regions(), d.modelLevel(), d.evidenceStrength(), d.evidenceTypes(), groupId, d.groupIds(),
                d.institutionIds(), d.personIds(), d.editSummary(), d.basedOnRevision());
    }
}
