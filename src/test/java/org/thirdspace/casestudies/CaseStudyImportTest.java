package org.thirdspace.casestudies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedComment;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedReview;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedReviewer;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedRevision;
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
class CaseStudyImportTest {

    private static final Instant T = Instant.parse("2025-03-03T09:00:00Z");
    private static final String ADMIN = "importer@casestudies.example";

    @Autowired
    CaseStudyImport imports;

    @Autowired
    CaseStudyService service;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    PeopleService people;

    @Autowired
    InstitutionService institutions;

    @Autowired
    GroupService groups;

    private Someone member(String name, Role... roles) {
        return org.thirdspace.people.ProfileFixtures.person(accounts, people, name, roles);
    }

    private static Instant days(int days) {
        return T.plus(Duration.ofDays(days));
    }

    private static CaseStudyDraft draft(String title, String editSummary) {
        return new CaseStudyDraft(title, "Pairs of readers across two schools.",
                Map.of(CaseStudyField.PROBLEM, "Year 4 pupils in Quillfield read little at home.",
                        CaseStudyField.ACTIVITIES, "Undergraduates read with pupils every **Tuesday**."),
                AuthorshipVoice.JOINT, Set.of("pupil-mentoring"), Set.of("primary-school", "university"),
                Set.of("primary"), Set.of("north-west"), 2, null, Set.of(), null, Set.of(), Set.of(), Set.of(),
                editSummary, null);
    }

    private List<Long> importAsAdmin(List<ImportedCaseStudy> list) {
        return as(ADMIN, "ADMIN", () -> imports.importAll(list));
    }

    @Test
    void writesAPublishedCaseStudyWithANewerRevisionInReviewAndItsPast() {
        Someone author = member("Tamsin Orrell");
        Someone second = member("Bartholomew Quince");
        Someone coAuthor = member("Perpetua Vance");
        Someone moderator = member("Ysolde Fairweather", Role.MODERATOR);
        Someone named = member("Ludovic Ashby");
        Someone reader = member("Clementine Hargreave");
        String title = "Quillfield reading pairs " + System.nanoTime();
        CaseStudyDraft v1 = draft(title, "First draft");
        CaseStudyDraft v2 = v1.withField(CaseStudyField.EVALUATION_DESIGN, "Reading ages in September and June.")
                .basedOn(1, "Described the evaluation");
        CaseStudyDraft v3 = v2.withField(CaseStudyField.LESSONS, "Compare [[Quillfield maths pairs]].")
                .basedOn(2, "Added the second year");
        var imported = new ImportedCaseStudy(
                List.of(new ImportedRevision(v1, author.personId(), T),
                        new ImportedRevision(v2, second.personId(), days(5)),
                        new ImportedRevision(v3, author.personId(), days(400))),
                CaseStudyStatus.IN_REVIEW, 2, days(401), null, Set.of(coAuthor.personId()),
                List.of(new ImportedReviewer(named.personId(), moderator.personId(), days(402))),
                List.of(new ImportedReview(1, moderator.personId(), ReviewDecision.CHANGES_REQUESTED,
                                "How did you evaluate it?", days(2)),
                        new ImportedReview(2, moderator.personId(), ReviewDecision.APPROVED, null, days(10))),
                List.of(new ImportedComment(reader.personId(), "Did the **pairs** stay the same all year?",
                        days(30))));

        long id = importAsAdmin(List.of(imported)).getFirst();

        // readers: the published revision 2, as it was published, and past its review date
        CaseStudyDetails asReader = as(reader.email(), "MEMBER", () -> service.require(id));
        assertThat(asReader.status()).isEqualTo(CaseStudyStatus.IN_REVIEW);
        assertThat(asReader.headRevision()).isEqualTo(3);
        assertThat(asReader.publishedRevision()).isEqualTo(2);
        assertThat(asReader.revision().number()).isEqualTo(2);
        assertThat(asReader.revision().field(CaseStudyField.LESSONS)).isEmpty();
        assertThat(asReader.createdAt()).isEqualTo(T);
        assertThat(asReader.publishedAt()).isEqualTo(days(10));
        assertThat(asReader.reviewDueOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(asReader.dueForReview()).isTrue();
        assertThat(asReader.reviews()).extracting(Review::decision).containsExactly(ReviewDecision.APPROVED);
        assertThat(as(reader.email(), "MEMBER", () -> service.comments(id))).singleElement()
                .satisfies(c -> assertThat(c.createdAt()).isEqualTo(days(30)));

        // writers: the head, the whole history with its authors, dates and edit summaries, every review
        CaseStudyDetails asCoAuthor = as(coAuthor.email(), "MEMBER", () -> service.require(id));
        assertThat(asCoAuthor.revision().number()).isEqualTo(3);
        assertThat(asCoAuthor.permissions().canEdit()).isTrue();
        assertThat(asCoAuthor.reviews()).extracting(Review::decision)
                .containsExactly(ReviewDecision.APPROVED, ReviewDecision.CHANGES_REQUESTED);
        assertThat(as(author.email(), "MEMBER", () -> service.revisions(id)))
                .extracting(RevisionSummary::number, RevisionSummary::authorPersonId, RevisionSummary::createdAt,
                        RevisionSummary::editSummary, RevisionSummary::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, author.personId(), days(400), "Added the second year",
                                false),
                        org.assertj.core.groups.Tuple.tuple(2, second.personId(), days(5), "Described the evaluation",
                                true),
                        org.assertj.core.groups.Tuple.tuple(1, author.personId(), T, "First draft", false));
        assertThat(as(author.email(), "MEMBER", () -> service.mine())).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.updatedAt()).isEqualTo(days(401));
        });

        // the named reviewer and moderators have it in their queues since it was submitted
        assertThat(as(named.email(), "MEMBER", () -> service.reviewQueue())).anySatisfy(q -> {
            assertThat(q.caseStudy().id()).isEqualTo(id);
            assertThat(q.since()).isEqualTo(days(401));
        });
        assertThat(as(moderator.email(), "MODERATOR", () -> service.reviewQueue()))
                .anySatisfy(q -> assertThat(q.caseStudy().id()).isEqualTo(id));
        // the import is a case study like any other: the named reviewer may approve revision 3
        CaseStudyDetails approved = as(named.email(), "MEMBER",
                () -> service.review(id, 3, ReviewDecision.APPROVED, null));
        assertThat(approved.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
        assertThat(approved.publishedRevision()).isEqualTo(3);
    }

    @Test
    void aPrivateGroupsCaseStudyNeedsNoMembershipToImportAndStaysWithItsMembers() {
        var partners = GroupFixtures.partners(accounts, people, institutions, "Wimbrel");
        long groupId = as(partners.teacher().email(), "MEMBER", () -> groups.create(GroupFixtures.partnership(
                "Wimbrel closed circle " + System.nanoTime(), GroupVisibility.PRIVATE, partners,
                partners.school().id()))).id();
        Someone moderator = member("Octavia Brindle", Role.MODERATOR);
        Someone outsider = member("Hamish Treloar");
        String title = "Wimbrel mentor circle " + System.nanoTime();
        CaseStudyDraft d = new CaseStudyDraft(title, null, Map.of(CaseStudyField.AIMS, "Keep mentors."), null, null,
                null, null, null, null, "low", Set.of("descriptive-account"), groupId, null,
                Set.of(partners.school().id()), Set.of(partners.tutor().personId()), null, null);
        var imported = new ImportedCaseStudy(List.of(new ImportedRevision(d, partners.teacher().personId(), T)),
                CaseStudyStatus.PUBLISHED, 1, null, LocalDate.of(2099, 1, 1), null, null,
                List.of(new ImportedReview(1, moderator.personId(), ReviewDecision.APPROVED, "Fine.", days(3))),
                null);

        long id = importAsAdmin(List.of(imported)).getFirst();

        CaseStudyDetails asMember = as(partners.teacher().email(), "MEMBER", () -> service.require(id));
        assertThat(asMember.groupName()).startsWith("Wimbrel closed circle");
        assertThat(asMember.reviewDueOn()).isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(asMember.dueForReview()).isFalse();
        assertThat(as(outsider.email(), "MEMBER", () -> service.details(id))).isEmpty();
        assertThat(service.details(id)).isEmpty();
    }

    @Test
    void refusesWhatTheServiceWouldRefuseAndWritesNothingOfThatCall() {
        Someone author = member("Esmond Pryce");
        Someone moderator = member("Rosalind Quarrie", Role.MODERATOR);
        String good = "Pryce lab days " + System.nanoTime();
        var fine = new ImportedCaseStudy(List.of(new ImportedRevision(draft(good, null), author.personId(), T)),
                CaseStudyStatus.DRAFT, null, null, null, null, null, null, null);
        CaseStudyDraft unknownCode = new CaseStudyDraft("Pryce kit loans " + System.nanoTime(), null, Map.of(), null,
                Set.of("no-such-activity"), null, null, null, null, null, null, null, null, null, null, null, null);
        var bad = new ImportedCaseStudy(List.of(new ImportedRevision(unknownCode, author.personId(), T)),
                CaseStudyStatus.DRAFT, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> importAsAdmin(List.of(fine, bad))).isInstanceOfSatisfying(CaseStudyException.class,
                e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.unknown-code"));
        assertThat(as(author.email(), "MEMBER", () -> service.mine())).isEmpty();

        // a title that is taken, in the database or earlier in the same call
        CaseStudyFixtures.create(service, author, CaseStudyFixtures.draft(good, "pryce"));
        assertThatThrownBy(() -> importAsAdmin(List.of(fine))).isInstanceOfSatisfying(CaseStudyException.class,
                e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.title-taken"));
        String twice = "Pryce twice " + System.nanoTime();
        var once = new ImportedCaseStudy(List.of(new ImportedRevision(draft(twice, null), author.personId(), T)),
                CaseStudyStatus.DRAFT, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> importAsAdmin(List.of(once, once))).isInstanceOf(CaseStudyException.class);

        // reviewers do not review their own writing; a published case study's published revision is its head
        String own = "Pryce own review " + System.nanoTime();
        var ownReview = new ImportedCaseStudy(List.of(new ImportedRevision(draft(own, null), moderator.personId(), T)),
                CaseStudyStatus.PUBLISHED, 1, null, null, null, null,
                List.of(new ImportedReview(1, moderator.personId(), ReviewDecision.APPROVED, null, days(1))), null);
        assertThatThrownBy(() -> importAsAdmin(List.of(ownReview))).isInstanceOfSatisfying(CaseStudyException.class,
                e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.own-writing"));
        var olderPublished = new ImportedCaseStudy(List.of(new ImportedRevision(draft(own, null), author.personId(), T),
                new ImportedRevision(draft(own, "More"), author.personId(), days(1))),
                CaseStudyStatus.PUBLISHED, 1, null, null, null, null, null, null);
        assertThatThrownBy(() -> importAsAdmin(List.of(olderPublished))).isInstanceOf(IllegalArgumentException.class);
        var changesWithoutComment = new ImportedCaseStudy(
                List.of(new ImportedRevision(draft(own, null), author.personId(), T)), CaseStudyStatus.DRAFT, null,
                null, null, null, null,
                List.of(new ImportedReview(1, moderator.personId(), ReviewDecision.CHANGES_REQUESTED, " ", days(1))),
                null);
        assertThatThrownBy(() -> importAsAdmin(List.of(changesWithoutComment)))
                .isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.comment-required"));

        // admins only
        assertThatThrownBy(() -> as(moderator.email(), "MODERATOR", () -> imports.importAll(List.of(once))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
