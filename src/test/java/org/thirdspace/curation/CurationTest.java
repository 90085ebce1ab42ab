package org.thirdspace.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudySearchResult;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicDetails;
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
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
class CurationTest {

    @Autowired
    CurationService curation;
    @Autowired
    CurationReviews reviews;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudySearch search;
    @Autowired
    ForumService forum;
    @Autowired
    GroupService groups;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    MockMvc mvc;

    private Someone person(String name, Role... roles) {
        return org.thirdspace.people.ProfileFixtures.person(accounts, people, name, roles);
    }

    private static CurationReviewInput good() {
        return new CurationReviewInput(EvidenceStrength.MEDIUM, 3, "Practical for any partnership.", 4,
                "New for special schools.", 3, "Evaluated with pre/post measures.");
    }

    @Test
    void aModeratorBuildsAndPublishesACollectionAndAMemberFollowsItWithoutSeeingPrivateGroupContent() {
        Someone moderator = person("Mira Colleton", Role.MODERATOR);
        Someone author = person("Tom Ashgrove");
        Someone member = person("Lena Brightwater");
        CaseStudyDetails cs = CaseStudyFixtures.published(caseStudies, author, moderator,
                CaseStudyFixtures.draft("Colleton science clubs", "colleton"));
        var category = ForumFixtures.category(forum, moderator, "colleton-" + System.nanoTime());
        TopicDetails topic = ForumFixtures.topic(forum, author, category.forum(), TopicKind.DISCUSSION,
                "Running clubs at Colleton", "How do you staff them?");
        GroupFixtures.Partners[] partners = new GroupFixtures.Partners[1];
        GroupDetails group = ForumFixtures.group(groups, accounts, people, institutions, "Colleton private " + System.nanoTime(),
                GroupVisibility.PRIVATE, partners);
        TopicDetails groupTopic = ForumFixtures.topic(forum, partners[0].teacher(), ForumKey.group(group.id()),
                TopicKind.DISCUSSION, "Our private timetable", "Only for us.");

        CollectionDetails c = as(moderator.email(), "MODERATOR", () -> curation.create(
                new CollectionDraft("Science clubs that work", "Clubs run by trainee teachers", "Start *here*.")));
        assertThat(c.status()).isEqualTo(CollectionStatus.DRAFT);
        assertThat(c.introductionHtml()).contains("<em>here</em>");
        assertThat(c.slug()).isNotBlank();

        // each kind of item, with a note; a group-forum topic is refused, so is a javascript: URL
        as(moderator.email(), "MODERATOR", () -> curation.addItem(c.id(), NewCollectionItem.caseStudy(cs.id(), "The model.")));
        as(moderator.email(), "MODERATOR", () -> curation.addItem(c.id(), NewCollectionItem.topic(topic.id(), "Staffing ideas.")));
        as(moderator.email(), "MODERATOR", () -> curation.addItem(c.id(),
                NewCollectionItem.external("https://example.org/clubs", "Clubs guide", "A short guide.")));
        assertThatThrownBy(() -> as(moderator.email(), "MODERATOR",
                () -> curation.addItem(c.id(), NewCollectionItem.topic(groupTopic.id(), "Private!"))))
                .isInstanceOfSatisfying(CurationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("curation.error.topic"));
        // even a curator who is a member of the group (and so sees the topic) may not add it
        Someone insider = partners[0].teacher();
        as(moderator.email(), "MODERATOR", () -> curation.appointCurator(insider.accountId()));
        assertThatThrownBy(() -> as(insider.email(), "MEMBER",
                () -> curation.addItem(c.id(), NewCollectionItem.topic(groupTopic.id(), "Private!"))))
                .isInstanceOfSatisfying(CurationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("curation.error.group-topic"));
        assertThatThrownBy(() -> as(moderator.email(), "MODERATOR",
                () -> curation.addItem(c.id(), NewCollectionItem.external("javascript:alert(1)", "x", "y"))))
                .isInstanceOfSatisfying(CurationException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> as(moderator.email(), "MODERATOR",
                () -> curation.addItem(c.id(), NewCollectionItem.caseStudy(cs.id(), " "))))
                .isInstanceOfSatisfying(CurationException.class, e -> assertThat(e.field()).isEqualTo("note"));

        // a member cannot see the draft nor curate
        assertThat(as(member.email(), "MEMBER", () -> curation.find(c.slug()))).isEmpty();
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> curation.addItem(c.id(),
                NewCollectionItem.external("https://example.org", "x", "y"))))
                .isInstanceOfSatisfying(CurationException.class,
                        e -> assertThat(e.kind()).isEqualTo(CurationException.Kind.FORBIDDEN));

        // order: move the external resource to the top
        CollectionDetails before = as(moderator.email(), "MODERATOR", () -> curation.require(c.id()));
        long external = before.items().get(2).id();
        as(moderator.email(), "MODERATOR", () -> curation.move(c.id(), external, -1));
        CollectionDetails moved = as(moderator.email(), "MODERATOR", () -> curation.move(c.id(), external, -1));
        assertThat(moved.items()).extracting(CollectionItem::kind)
                .containsExactly(ItemKind.EXTERNAL, ItemKind.CASE_STUDY, ItemKind.FORUM_TOPIC);

        CollectionDetails published = as(moderator.email(), "MODERATOR", () -> curation.publish(c.id()));
        assertThat(published.status()).isEqualTo(CollectionStatus.PUBLISHED);

        // the member sees it by slug, follows it and finds it on the home page with its latest items
        assertThat(as(member.email(), "MEMBER", () -> curation.find(c.slug()))).isPresent();
        assertThat(as(member.email(), "MEMBER", () -> curation.follow(c.id())).following()).isTrue();
        HomeCollections home = as(member.email(), "MEMBER", () -> curation.home());
        assertThat(home.followed()).extracting(f -> f.collection().id()).contains(c.id());
        HomeCollections.Followed followed = home.followed().stream().filter(f -> f.collection().id() == c.id())
                .findFirst().orElseThrow();
        assertThat(followed.latestItems()).hasSize(3);
        assertThat(home.discover()).isEmpty();

        // a member of the private group cannot smuggle its topic in either, and the group's topic is never shown
        assertThat(as(member.email(), "MEMBER", () -> curation.require(c.id())).items())
                .extracting(CollectionItem::targetId).doesNotContain(groupTopic.id());
    }

    @Test
    void twoGoodReviewsFromDistinctReviewersGiveTheBadgeWhichSearchFiltersAndCounts() {
        Someone moderator = person("Orla Fenwick", Role.MODERATOR);
        Someone second = person("Piet Ravensworth", Role.MODERATOR);
        Someone author = person("Quinn Hartley");
        Someone member = person("Rhea Moss");
        String tag = "fenwick" + System.nanoTime();
        CaseStudyDetails cs = CaseStudyFixtures.published(caseStudies, author, moderator,
                CaseStudyFixtures.draft("Fenwick reading partnership " + tag, tag));

        // the author may not review, even as a curator
        long authorAccount = author.accountId();
        as(moderator.email(), "MODERATOR", () -> curation.appointCurator(authorAccount));
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> reviews.review(cs.id(), good())))
                .isInstanceOfSatisfying(CurationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("curation.error.own-case-study"));
        // a plain member may not review
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> reviews.review(cs.id(), good())))
                .isInstanceOfSatisfying(CurationException.class,
                        e -> assertThat(e.kind()).isEqualTo(CurationException.Kind.FORBIDDEN));
        // bad input
        assertThatThrownBy(() -> as(moderator.email(), "MODERATOR", () -> reviews.review(cs.id(),
                new CurationReviewInput(EvidenceStrength.HIGH, 5, "x", 3, "y", 3, "z"))))
                .isInstanceOfSatisfying(CurationException.class, e -> assertThat(e.field()).isEqualTo("usefulness"));
        assertThatThrownBy(() -> as(moderator.email(), "MODERATOR", () -> reviews.review(cs.id(),
                new CurationReviewInput(EvidenceStrength.HIGH, 3, "x", 3, " ", 3, "z"))))
                .isInstanceOfSatisfying(CurationException.class,
                        e -> assertThat(e.field()).isEqualTo("contributionJustification"));

        GoodPracticeState one = as(moderator.email(), "MODERATOR", () -> reviews.review(cs.id(), good()));
        assertThat(one.badge()).isFalse();
        // the same reviewer again: replaces, does not add
        GoodPracticeState again = as(moderator.email(), "MODERATOR", () -> reviews.review(cs.id(), good()));
        assertThat(again.reviews()).hasSize(1);
        assertThat(again.badge()).isFalse();

        GoodPracticeState two = as(second.email(), "MODERATOR", () -> reviews.review(cs.id(), good()));
        assertThat(two.badge()).isTrue();
        assertThat(two.reviews()).hasSize(2);

        CaseStudySearchQuery query = CaseStudySearchQuery.text(tag);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            CaseStudySearchResult only = as(member.email(), "MEMBER", () -> search.search(query.withGoodPractice(true)));
            assertThat(only.hits()).extracting(CaseStudySearchResult.Hit::id).containsExactly(cs.id());
            CaseStudySearchResult all = as(member.email(), "MEMBER", () -> search.search(query));
            assertThat(all.facets().get("good-practice"))
                    .contains(new CaseStudySearchResult.FacetCount("true", 1));
        });

        // the first reviewer revises to LOW evidence: one good review left, the badge goes
        GoodPracticeState revised = as(moderator.email(), "MODERATOR", () -> reviews.review(cs.id(),
                new CurationReviewInput(EvidenceStrength.LOW, 3, "a", 3, "b", 3, "c")));
        assertThat(revised.badge()).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(as(member.email(), "MEMBER", () -> search.search(query.withGoodPractice(true))).hits())
                        .isEmpty());
    }

    @Test
    void theApiRefusesPlainMembersAndAnswersBadInputWithProblems() throws Exception {
        Someone moderator = person("Sana Whitlow", Role.MODERATOR);
        Someone member = person("Ugo Penrith");
        String body = "{\"title\":\"Whitlow collection\",\"purpose\":\"Testing\",\"introduction\":\"Hi\"}";
        mvc.perform(post("/api/v1/collections").with(user(member.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("curation.error.not-a-curator"));
        String created = mvc.perform(post("/api/v1/collections").with(user(moderator.email()).roles("MODERATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(patch("/api/v1/collections/" + id).with(user(member.email()).roles("MEMBER"))
                        .contentType("application/merge-patch+json").content("{\"title\":\"Mine\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/collections/" + id).with(user(moderator.email()).roles("MODERATOR"))
                        .contentType("application/merge-patch+json").content("{\"status\":\"PUBLISHED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("curation.error.publish-empty"));
        mvc.perform(post("/api/v1/collections/" + id + "/items").with(user(moderator.email()).roles("MODERATOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTERNAL\",\"url\":\"ftp://example.org\",\"title\":\"x\",\"note\":\"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(post("/api/v1/collections/" + id + "/items").with(user(moderator.email()).roles("MODERATOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTERNAL\",\"url\":\"https://example.org\",\"title\":\"Guide\",\"note\":\"Good\"}"))
                .andExpect(status().isCreated());
        mvc.perform(patch("/api/v1/collections/" + id).with(user(moderator.email()).roles("MODERATOR"))
                        .contentType("application/merge-patch+json").content("{\"itemOrder\":[1,2,3]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("itemOrder"));
        mvc.perform(patch("/api/v1/collections/" + id).with(user(moderator.email()).roles("MODERATOR"))
                        .contentType("application/merge-patch+json").content("{\"status\":\"PUBLISHED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/collections").param("q", "Whitlow").with(user(member.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/collections").param("status", "draft").with(user(member.email()).roles("MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/case-studies/999999999/curation-reviews").with(user(moderator.email()).roles("MODERATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"evidence\":\"HIGH\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/case-studies/1/curation-reviews").with(user(member.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"evidence\":\"HIGH\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/collections").with(user(moderator.email()).roles("MODERATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":"))
                .andExpect(status().isBadRequest());
        // moderators appoint curators; a member cannot, and once appointed the member may create collections
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/collections/curators/" + member.accountId()).with(user(member.email()).roles("MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/collections/curators/" + member.accountId())
                        .with(user(moderator.email()).roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true));
        mvc.perform(post("/api/v1/collections").with(user(member.email()).roles("MEMBER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }
}
