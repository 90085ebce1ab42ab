package org.thirdspace.casestudies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.casestudies.internal.CaseStudyRepository;
import org.thirdspace.groups.GroupFixtures;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
class CaseStudyServiceTest {

    @Autowired
    CaseStudyService service;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    GroupService groups;
    @Autowired
    InstitutionService institutions;
    @Autowired
    CaseStudyRepository repository;
    @Autowired
    TransactionTemplate transactions;

    private Someone member(String name) {
        return CaseStudyFixtures.member(accounts, people, name);
    }

    @Test
    void everySaveIsARevisionAndAStaleSaveIsRefusedWithNothingWritten() {
        Someone author = member("Wren Halloway");
        Someone coauthor = member("Ines Pellworth");
        CaseStudyDetails created = CaseStudyFixtures.create(service, author,
                CaseStudyFixtures.draft("Reading buddies across Halloway Road", "halloway"));
        assertThat(created.status()).isEqualTo(CaseStudyStatus.DRAFT);
        assertThat(created.headRevision()).isEqualTo(1);
        as(author.email(), "MEMBER", () -> service.addCoAuthor(created.id(), coauthor.personId()));

        CaseStudyDraft base = created.revision().toDraft(1, null);
        CaseStudyDetails first = as(author.email(), "MEMBER", () -> service.save(created.id(),
                base.withField(CaseStudyField.AIMS, "Older pupils read with younger ones weekly.").basedOn(1,
                        "Aims written")));
        assertThat(first.headRevision()).isEqualTo(2);

        // the co-author started from revision 1 too: refused, nothing written
        assertThatThrownBy(() -> as(coauthor.email(), "MEMBER", () -> service.save(created.id(),
                base.withField(CaseStudyField.AIMS, "Pupils mentor each other.").basedOn(1, "My aims"))))
                .isInstanceOfSatisfying(StaleRevisionException.class, e -> {
                    assertThat(e.basedOn()).isEqualTo(1);
                    assertThat(e.current()).isEqualTo(2);
                });
        List<RevisionSummary> history = as(author.email(), "MEMBER", () -> service.revisions(created.id()));
        assertThat(history).extracting(RevisionSummary::number).containsExactly(2, 1);
        assertThat(history.getFirst().editSummary()).isEqualTo("Aims written");

        // the other change is there to merge: the diff from the base to the head
        CaseStudyDiff diff = as(coauthor.email(), "MEMBER", () -> service.diff(created.id(), 1, 2));
        assertThat(diff.parts()).extracting(CaseStudyDiff.PartDiff::part).containsExactly("aims");
        assertThat(diff.parts().getFirst().newText()).isEqualTo("Older pupils read with younger ones weekly.");

        CaseStudyDetails merged = as(coauthor.email(), "MEMBER", () -> service.save(created.id(),
                base.withField(CaseStudyField.AIMS, "Older pupils read with younger ones weekly and mentor them.")
                        .basedOn(2, "Merged aims")));
        assertThat(merged.headRevision()).isEqualTo(3);
        assertThat(merged.authorNames()).containsExactlyInAnyOrder("Wren Halloway", "Ines Pellworth");
    }

    @Test
    void concurrentSavesFromTheSameRevisionLetExactlyOneThrough() throws Exception {
        Someone author = member("Tamsin Orchardleigh");
        CaseStudyDetails created = CaseStudyFixtures.create(service, author,
                CaseStudyFixtures.draft("Orchardleigh maths circles", "orchardleigh"));
        CaseStudyDraft base = created.revision().toDraft(1, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = "Version " + i;
            Callable<Boolean> save = () -> {
                start.await();
                try {
                    as(author.email(), "MEMBER", () -> service.save(created.id(),
                            base.withField(CaseStudyField.AIMS, text).basedOn(1, text)));
                    return true;
                } catch (StaleRevisionException e) {
                    return false;
                }
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        int saved = 0;
        for (Future<Boolean> result : results) {
            saved += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(saved).isEqualTo(1);
        assertThat(as(author.email(), "MEMBER", () -> service.revisions(created.id()))).hasSize(2);
    }

    @Test
    void draftsAndReviewsStayWithTheirWritersUntilPublishedAndTheStableVersionStays() {
        Someone author = member("Odile Marchbank");
        Someone reader = member("Pavel Quennell");
        Someone moderator = member("Greer Stanbridge");
        CaseStudyDetails created = CaseStudyFixtures.create(service, author,
                CaseStudyFixtures.draft("Marchbank lab days", "marchbank"));
        long id = created.id();

        assertThat(as(reader.email(), "MEMBER", () -> service.details(id))).isEmpty();
        assertThatThrownBy(() -> as(reader.email(), "MEMBER", () -> service.revision(id, 1)))
                .isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseStudyException.Kind.NOT_FOUND));
        assertThat(service.details(id)).as("anonymous").isEmpty();
        assertThat(as(moderator.email(), "MODERATOR", () -> service.details(id))).as("moderator, draft").isEmpty();

        as(author.email(), "MEMBER", () -> service.submit(id, 1));
        assertThat(as(reader.email(), "MEMBER", () -> service.details(id))).isEmpty();
        assertThat(as(moderator.email(), "MODERATOR", () -> service.reviewQueue()))
                .anySatisfy(q -> assertThat(q.caseStudy().id()).isEqualTo(id));
        // authors cannot approve their own writing, even as moderators
        assertThatThrownBy(() -> as(author.email(), "MODERATOR",
                () -> service.review(id, 1, ReviewDecision.APPROVED, null)))
                .isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casestudies.error.own-writing"));
        // requesting changes needs a comment
        assertThatThrownBy(() -> as(moderator.email(), "MODERATOR",
                () -> service.review(id, 1, ReviewDecision.CHANGES_REQUESTED, " ")))
                .isInstanceOfSatisfying(CaseStudyException.class,
                        e -> assertThat(e.field()).isEqualTo("comment"));
        CaseStudyDetails back = as(moderator.email(), "MODERATOR",
                () -> service.review(id, 1, ReviewDecision.CHANGES_REQUESTED, "Say what the pupils did."));
        assertThat(back.status()).isEqualTo(CaseStudyStatus.DRAFT);

        CaseStudyDetails second = as(author.email(), "MEMBER", () -> service.save(id,
                created.revision().toDraft(1, null).withField(CaseStudyField.ACTIVITIES, "Pupils ran titrations.")
                        .basedOn(1, "Activities")));
        as(author.email(), "MEMBER", () -> service.submit(id, 2));
        CaseStudyDetails published = as(moderator.email(), "MODERATOR",
                () -> service.review(id, 2, ReviewDecision.APPROVED, "Good."));
        assertThat(published.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
        assertThat(published.publishedRevision()).isEqualTo(2);
        assertThat(published.reviewDueOn()).isAfter(LocalDate.now().plusMonths(11));

        // the next revision is written and in review: readers keep the stable version
        as(author.email(), "MEMBER", () -> service.save(id, second.revision().toDraft(2, null)
                .withField(CaseStudyField.ACTIVITIES, "Pupils ran titrations and a secret new experiment.")
                .basedOn(2, "More")));
        as(author.email(), "MEMBER", () -> service.submit(id, 3));
        CaseStudyDetails seen = as(reader.email(), "MEMBER", () -> service.details(id)).orElseThrow();
        assertThat(seen.revision().number()).isEqualTo(2);
        assertThat(seen.revision().field(CaseStudyField.ACTIVITIES)).doesNotContain("secret");
        assertThat(seen.permissions().seesWorkingVersion()).isFalse();
        assertThat(service.details(id)).as("anonymous sees the published version").get()
                .extracting(d -> d.revision().number()).isEqualTo(2);
        assertThat(as(reader.email(), "MEMBER", () -> service.revisions(id))).extracting(RevisionSummary::number)
                .containsExactly(2, 1);
        assertThatThrownBy(() -> as(reader.email(), "MEMBER", () -> service.diff(id, 2, 3)))
                .isInstanceOf(CaseStudyException.class);
        assertThat(as(author.email(), "MEMBER", () -> service.details(id)).orElseThrow().revision().number())
                .isEqualTo(3);
        assertThat(as(author.email(), "MEMBER", () -> service.details(id, true)).orElseThrow().revision().number())
                .isEqualTo(2);
    }

    @Test
    void privateGroupCaseStudiesStayWithTheGroupAndItsMembersCoAuthor() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Cleeve");
        var group = as(p.teacher().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Cleeve private partnership", GroupVisibility.PRIVATE, p, p.school().id())));
        Someone outsider = member("Ludo Farrant");
        Someone moderator = member("Hester Ambrose");
        CaseStudyDraft draft = CaseStudyFixtures.draft("Cleeve science week", "cleeve");
        CaseStudyDraft inGroup = new CaseStudyDraft(draft.title(), draft.summary(), draft.fields(), null, null, null,
                null, null, null, null, null, group.id(), null, null, null, null, null);
        CaseStudyDetails published = CaseStudyFixtures.published(service, p.teacher(), moderator, inGroup);
        assertThat(published.publishedRevision()).isEqualTo(1);
        assertThat(as(outsider.email(), "MEMBER", () -> service.details(published.id()))).isEmpty();
        assertThat(service.details(published.id())).isEmpty();
        assertThat(as(outsider.email(), "MEMBER", () -> service.idByTitle("cleeve SCIENCE   week"))).isEmpty();
        assertThat(as(p.teacher().email(), "MEMBER", () -> service.idByTitle("cleeve SCIENCE   week")))
                .contains(published.id());
    }

    @Test
    void wikiLinksResolveOrShowRedAndBacklinksAreListed() {
        Someone author = member("Seren Maybury");
        Someone moderator = member("Aurelio Denholm");
        CaseStudyDraft linking = CaseStudyFixtures.draft("Maybury governors day", "maybury")
                .withField(CaseStudyField.LESSONS, "See [[Maybury Tutoring Model]] and [[Maybury missing page]].");
        CaseStudyDetails from = CaseStudyFixtures.published(service, author, moderator, linking);
        assertThat(from.rendered().missingTitles())
                .containsExactlyInAnyOrder("Maybury Tutoring Model", "Maybury missing page");

        CaseStudyDetails target = CaseStudyFixtures.published(service, author, moderator,
                CaseStudyFixtures.draft("Maybury tutoring model", "maybury tutoring"));
        CaseStudyDetails again = service.details(from.id()).orElseThrow();
        assertThat(again.rendered().missingTitles()).containsExactly("Maybury missing page");
        String lessons = again.rendered().fieldsHtml().get(CaseStudyField.LESSONS);
        assertThat(lessons).contains("<a class=\"ts-wikilink\" href=\"case-studies/wiki/Maybury%20Tutoring%20Model\">"
                + "Maybury Tutoring Model</a>");
        assertThat(lessons).contains("ts-wikilink ts-missing");
        assertThat(service.details(target.id()).orElseThrow().backlinks())
                .extracting(CaseStudyLink::title).containsExactly("Maybury governors day");
    }

    @Test
    void anXssCorpusInEveryFieldRendersInert() {
        Someone author = member("Corin Ashdown");
        CaseStudyDraft draft = CaseStudyFixtures.draft("Ashdown corpus check", "ashdown");
        for (CaseStudyField field : CaseStudyField.values()) {
            draft = draft.withField(field, XssCorpus.MARKDOWN);
        }
        CaseStudyDraft all = draft;
        CaseStudyDetails created = as(author.email(), "MEMBER", () -> service.create(
                new CaseStudyDraft(all.title(), XssCorpus.MARKDOWN.strip(), all.fields(), null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null)));
        RenderedRevision rendered = created.rendered();
        assertThat(rendered.fieldsHtml()).hasSize(CaseStudyField.values().length);
        rendered.fieldsHtml().values().forEach(XssCorpus::assertInert);
        XssCorpus.assertInert(rendered.summaryHtml());
        CaseStudyDiff diff = as(author.email(), "MEMBER", () -> {
            service.save(created.id(), created.revision().toDraft(1, null)
                    .withField(CaseStudyField.PROBLEM, "Plain words now."));
            return service.diff(created.id(), 1, 2);
        });
        assertThat(diff.parts().getFirst().oldText()).isEqualTo(XssCorpus.MARKDOWN.strip());
    }

    @Test
    void dueForReviewShowsAndModeratorsConfirmItIsStillCurrent() {
        Someone author = member("Imogen Weatherall");
        Someone moderator = member("Rufus Okonkwo-Hale");
        CaseStudyDetails published = CaseStudyFixtures.published(service, author, moderator,
                CaseStudyFixtures.draft("Weatherall careers fair", "weatherall"));
        transactions.executeWithoutResult(t -> repository.findById(published.id()).orElseThrow()
                .dueOn(LocalDate.now().minusDays(1)));
        assertThat(service.details(published.id()).orElseThrow().dueForReview()).isTrue();
        assertThat(as(moderator.email(), "MODERATOR", () -> service.reviewQueue()))
                .anySatisfy(q -> {
                    assertThat(q.caseStudy().id()).isEqualTo(published.id());
                    assertThat(q.reason()).isEqualTo(QueueEntry.Reason.DUE_FOR_REVIEW);
                });
        assertThatThrownBy(() -> as(author.email(), "MEMBER",
                () -> service.review(published.id(), 1, ReviewDecision.CONFIRMED_CURRENT, null)))
                .isInstanceOf(CaseStudyException.class);
        CaseStudyDetails confirmed = as(moderator.email(), "MODERATOR",
                () -> service.review(published.id(), 1, ReviewDecision.CONFIRMED_CURRENT, "Still how it runs."));
        assertThat(confirmed.dueForReview()).isFalse();
        assertThat(as(moderator.email(), "MODERATOR", () -> service.reviewQueue()))
                .noneSatisfy(q -> assertThat(q.caseStudy().id()).isEqualTo(published.id()));
    }

    @Test
    void restoreWritesANewRevisionAndCommentsAreSoftDeleted() {
        Someone author = member("Nell Pargeter");
        Someone reader = member("Otto Brackenridge");
        Someone moderator = member("Delphine Ashworth");
        CaseStudyDetails published = CaseStudyFixtures.published(service, author, moderator,
                CaseStudyFixtures.draft("Pargeter story sacks", "pargeter"));
        long id = published.id();
        as(author.email(), "MEMBER", () -> service.save(id, published.revision().toDraft(1, null)
                .withField(CaseStudyField.PROBLEM, "Replaced by mistake.")));
        CaseStudyDetails restored = as(author.email(), "MEMBER", () -> service.restore(id, 1, 2, "Undo"));
        assertThat(restored.headRevision()).isEqualTo(3);
        assertThat(restored.revision().restoredFrom()).isEqualTo(1);
        assertThat(restored.revision().field(CaseStudyField.PROBLEM)).contains("pargeter");
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> service.restore(id, 1, 2, "again")))
                .isInstanceOf(StaleRevisionException.class);

        Comment comment = as(reader.email(), "MEMBER", () -> service.addComment(id, "Did you <script>x</script> **try** it?"));
        assertThat(comment.html()).contains("<strong>try</strong>").doesNotContain("<script");
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> { service.deleteComment(id, comment.id()); }))
                .isInstanceOf(CaseStudyException.class);
        as(moderator.email(), "MODERATOR", () -> { service.deleteComment(id, comment.id()); });
        assertThat(service.comments(id)).singleElement().satisfies(c -> {
            assertThat(c.deleted()).isTrue();
            assertThat(c.markdown()).isEmpty();
        });
    }
}
