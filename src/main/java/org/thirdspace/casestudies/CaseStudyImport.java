package org.thirdspace.casestudies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedComment;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedReview;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedReviewer;
import org.thirdspace.casestudies.ImportedCaseStudy.ImportedRevision;
import org.thirdspace.casestudies.internal.CaseStudy;
import org.thirdspace.casestudies.internal.CaseStudyComment;
import org.thirdspace.casestudies.internal.CaseStudyCommentRepository;
import org.thirdspace.casestudies.internal.CaseStudyRepository;
import org.thirdspace.casestudies.internal.CaseStudyReview;
import org.thirdspace.casestudies.internal.CaseStudyReviewRepository;
import org.thirdspace.casestudies.internal.NamedReviewer;
import org.thirdspace.casestudies.internal.Revision;
import org.thirdspace.casestudies.internal.RevisionRepository;
import org.thirdspace.casestudies.internal.WikiLinks;
import org.thirdspace.people.PeopleService;

/**
 * Bulk import of case studies with their past (admins and the system only): every revision with
 * its author, date and edit summary, the workflow state (the published revision may be older than
 * the head), reviews, named reviewers, co-authors and the discussion, all with their own dates.
 * <p>
 * Each revision's content is checked by the rules {@link CaseStudyService} applies to a save
 * (title, vocabulary, sector and region codes, linked groups, institutions and people); the home
 * group only has to exist, since an import is written by nobody in particular. The shape is
 * checked too (states, revision numbers, reviewers who did not write what they reviewed). Anything
 * wrong fails the whole call and nothing of it is written.
 * <p>
 * Publishes {@link CaseStudyChanged} for every imported case study, so the search index follows
 * (its "fill an empty index at start-up" would miss case studies whenever another event had put a
 * first document in the index before start-up ended). No notifications: nothing here happens now.
 * Call it with batches of a few dozen case studies: one transaction per call.
 */
@Service
@Validated
public class CaseStudyImport {

    private final CaseStudyRepository caseStudies;
    private final RevisionRepository revisions;
    private final CaseStudyReviewRepository reviews;
    private final CaseStudyCommentRepository comments;
    private final CaseStudyService service;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Period reviewInterval;

    CaseStudyImport(CaseStudyRepository caseStudies, RevisionRepository revisions, CaseStudyReviewRepository reviews,
            CaseStudyCommentRepository comments, CaseStudyService service, PeopleService people,
            ApplicationEventPublisher events,
            @Value("${thirdspace.case-studies.review-interval:P12M}") Period reviewInterval) {
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.reviews = reviews;
        this.comments = comments;
        this.service = service;
        this.people = people;
        this.events = events;
        this.reviewInterval = reviewInterval;
    }

    /**
     * Writes the case studies; returns their ids in the given order.
     *
     * @throws CaseStudyException INVALID for content the service would refuse, a title taken (by
     *         a case study already stored or earlier in the list), an unknown home group or person
     * @throws IllegalArgumentException for an inconsistent past (e.g. PUBLISHED whose published
     *         revision is not the head, a review of a revision that does not exist)
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> importAll(List<@Valid ImportedCaseStudy> imported) {
        Set<String> titles = new HashSet<>();
        for (ImportedCaseStudy c : imported) {
            if (!titles.add(WikiLinks.key(c.head().draft().title()))) {
                throw CaseStudyException.invalid("title", "casestudies.error.title-taken");
            }
        }
        if (!caseStudies.findByTitleKeyIn(titles).isEmpty()) {
            throw CaseStudyException.invalid("title", "casestudies.error.title-taken");
        }
        Checked checked = new Checked();
        for (ImportedCaseStudy c : imported) {
            check(c, checked);
        }
        List<Long> ids = new ArrayList<>(imported.size());
        List<Revision> newRevisions = new ArrayList<>();
        List<CaseStudyReview> newReviews = new ArrayList<>();
        List<CaseStudyComment> newComments = new ArrayList<>();
        for (ImportedCaseStudy c : imported) {
            CaseStudy caseStudy = write(c);
            long id = caseStudy.id();
            ids.add(id);
            List<ImportedRevision> list = c.revisions();
            for (int n = 1; n <= list.size(); n++) {
                ImportedRevision r = list.get(n - 1);
                Integer basedOn = r.draft().basedOnRevision() != null ? r.draft().basedOnRevision()
                        : n == 1 ? null : n - 1;
                newRevisions.add(CaseStudyService.toRevision(id, n, r.draft(), r.authorPersonId(), r.createdAt(),
                        basedOn, r.restoredFrom()));
            }
            for (ImportedReview r : c.reviews()) {
                newReviews.add(new CaseStudyReview(id, r.revision(), r.reviewerPersonId(), r.decision(),
                        r.comment() == null || r.comment().isBlank() ? null : r.comment().strip(), r.createdAt()));
            }
            for (ImportedComment m : c.comments()) {
                newComments.add(new CaseStudyComment(id, m.authorPersonId(), m.markdown().strip(), m.createdAt()));
            }
        }
        revisions.saveAll(newRevisions);
        reviews.saveAll(newReviews);
        comments.saveAll(newComments);
        revisions.flush();
        ids.forEach(id -> events.publishEvent(new CaseStudyChanged(id)));
        return ids;
    }

    /** The case study row: pointers, state and dates as they were. */
    private CaseStudy write(ImportedCaseStudy c) {
        List<ImportedRevision> list = c.revisions();
        ImportedRevision first = list.getFirst();
        ImportedRevision head = c.head();
        int headNo = list.size();
        Long groupId = head.draft().groupId();
        CaseStudy caseStudy = new CaseStudy(WikiLinks.key(first.draft().title()), first.draft().groupId(),
                first.authorPersonId(), first.createdAt());
        Instant publishedAt = null;
        if (c.publishedRevision() != null) {
            int p = c.publishedRevision();
            ImportedRevision published = list.get(p - 1);
            publishedAt = approvalOf(c, p).orElse(published.createdAt());
            caseStudy.newHead(p, WikiLinks.key(published.draft().title()), published.draft().groupId(), publishedAt);
            caseStudy.publishHead(publishedAt, null);
        }
        if (c.status() != CaseStudyStatus.PUBLISHED) {
            caseStudy.newHead(headNo, WikiLinks.key(head.draft().title()), groupId, head.createdAt());
            if (c.status() == CaseStudyStatus.IN_REVIEW) {
                caseStudy.submit(submittedAt(c));
            }
        }
        caseStudy.backdate(first.createdAt(), updatedAt(c), publishedAt);
        if (publishedAt != null) {
            Optional<Instant> checked = c.reviews().stream()
                    .filter(r -> r.decision() == ReviewDecision.CONFIRMED_CURRENT)
                    .map(ImportedReview::createdAt).filter(at -> at.isAfter(caseStudy.publishedAt()))
                    .max(Comparator.naturalOrder());
            Instant last = checked.orElse(caseStudy.publishedAt());
            LocalDate due = c.reviewDueOn() != null ? c.reviewDueOn()
                    : LocalDate.ofInstant(last, ZoneOffset.UTC).plus(reviewInterval);
            if (checked.isPresent()) {
                caseStudy.confirmCurrent(last, due);
            } else {
                caseStudy.dueOn(due);
            }
        }
        caseStudy.coAuthors().addAll(c.coAuthorPersonIds());
        for (ImportedReviewer r : c.reviewers()) {
            caseStudy.reviewers().add(new NamedReviewer(r.personId(), r.namedByPersonId(), r.namedAt()));
        }
        try {
            // inserted at once (identity ids), so an unknown home group fails here
            return caseStudies.save(caseStudy);
        } catch (DataIntegrityViolationException e) {
            // the titles were checked: the home group (or a person) does not exist
            throw CaseStudyException.invalid("groupId", "casestudies.error.unknown-group", groupId);
        }
    }

    /** The latest approval of revision {@code p}: when it was published. */
    private static Optional<Instant> approvalOf(ImportedCaseStudy c, int p) {
        return c.reviews().stream().filter(r -> r.revision() == p && r.decision() == ReviewDecision.APPROVED)
                .map(ImportedReview::createdAt).max(Comparator.naturalOrder());
    }

    private static Instant submittedAt(ImportedCaseStudy c) {
        return c.submittedAt() != null ? c.submittedAt() : c.head().createdAt();
    }

    /** As the service keeps it: the last new revision, submission or review decision (not periodic checks). */
    private static Instant updatedAt(ImportedCaseStudy c) {
        Instant updated = c.head().createdAt();
        if (c.status() == CaseStudyStatus.IN_REVIEW && submittedAt(c).isAfter(updated)) {
            updated = submittedAt(c);
        }
        for (ImportedReview r : c.reviews()) {
            if (r.decision() != ReviewDecision.CONFIRMED_CURRENT && r.createdAt().isAfter(updated)) {
                updated = r.createdAt();
            }
        }
        return updated;
    }

    // ------------------------------------------------------------------ checks

    /** What this call has checked already: each linked group, institution and person once, not once per revision. */
    private static final class Checked {
        final Set<Long> people = new HashSet<>();
        final Set<Long> profiles = new HashSet<>();
        final Set<Long> groups = new HashSet<>();
        final Set<Long> institutions = new HashSet<>();
    }

    private void check(ImportedCaseStudy c, Checked checked) {
        Set<Long> knownPeople = checked.people;
        List<ImportedRevision> list = c.revisions();
        int head = list.size();
        Instant previous = Instant.MIN;
        Map<Long, Integer> firstWritten = new HashMap<>();
        for (int n = 1; n <= head; n++) {
            ImportedRevision r = list.get(n - 1);
            if (r.createdAt().isBefore(previous)) {
                throw new IllegalArgumentException("Revision " + n + " of '" + c.head().draft().title()
                        + "' is older than the revision before it");
            }
            previous = r.createdAt();
            if (r.draft().basedOnRevision() != null && (r.draft().basedOnRevision() < 1 || r.draft().basedOnRevision() >= n)) {
                throw new IllegalArgumentException("Revision " + n + " is based on a later revision");
            }
            if (r.restoredFrom() != null && (r.restoredFrom() < 1 || r.restoredFrom() >= n)) {
                throw new IllegalArgumentException("Revision " + n + " restores a later revision");
            }
            requirePerson(r.authorPersonId(), knownPeople);
            firstWritten.putIfAbsent(r.authorPersonId(), n);
            // the service's rules; the home group only has to exist (an import is nobody's membership)
            service.validate(toCheck(r.draft(), checked), null);
            checked.groups.addAll(r.draft().groupIds());
            checked.institutions.addAll(r.draft().institutionIds());
            checked.profiles.addAll(r.draft().personIds());
        }
        Integer published = c.publishedRevision();
        if (published != null && (published < 1 || published > head)) {
            throw new IllegalArgumentException("Published revision " + published + " does not exist");
        }
        if (c.status() == CaseStudyStatus.PUBLISHED && (published == null || published != head)) {
            throw new IllegalArgumentException("A PUBLISHED case study's published revision is its head");
        }
        if (c.status() != CaseStudyStatus.IN_REVIEW && c.submittedAt() != null) {
            throw new IllegalArgumentException("Only a case study in review has a submission date");
        }
        if (published == null && c.reviewDueOn() != null) {
            throw new IllegalArgumentException("Only a published case study is due for review");
        }
        for (ImportedReview r : c.reviews()) {
            if (r.revision() < 1 || r.revision() > head) {
                throw new IllegalArgumentException("Review of revision " + r.revision() + ", which does not exist");
            }
            requirePerson(r.reviewerPersonId(), knownPeople);
            Integer wrote = firstWritten.get(r.reviewerPersonId());
            if (wrote != null && wrote <= r.revision()) {
                throw CaseStudyException.invalid("reviews", "casestudies.error.own-writing");
            }
            if (r.decision() == ReviewDecision.CHANGES_REQUESTED && (r.comment() == null || r.comment().isBlank())) {
                throw CaseStudyException.invalid("reviews", "casestudies.error.comment-required");
            }
            if (r.decision() == ReviewDecision.CONFIRMED_CURRENT && !Integer.valueOf(r.revision()).equals(published)) {
                throw CaseStudyException.invalid("reviews", "casestudies.error.not-the-published-revision",
                        r.revision());
            }
        }
        for (Long id : c.coAuthorPersonIds()) {
            requirePerson(id, knownPeople);
        }
        Set<Long> named = new LinkedHashSet<>();
        for (ImportedReviewer r : c.reviewers()) {
            requirePerson(r.personId(), knownPeople);
            requirePerson(r.namedByPersonId(), knownPeople);
            if (!named.add(r.personId())) {
                throw new IllegalArgumentException("Reviewer " + r.personId() + " is named twice");
            }
        }
        for (ImportedComment m : c.comments()) {
            requirePerson(m.authorPersonId(), knownPeople);
            if (m.markdown().indexOf('\u0000') >= 0) {
                throw CaseStudyException.invalid("comments", "casestudies.error.bad-characters");
            }
        }
    }

    private void requirePerson(long personId, Set<Long> known) {
        if (!known.contains(personId)) {
            if (people.find(personId).isEmpty()) {
                throw CaseStudyException.invalid("personId", "casestudies.error.unknown-person");
            }
            known.add(personId);
        }
    }

    /** The draft without its home group and without links this call has checked already. */
    private static CaseStudyDraft toCheck(CaseStudyDraft d, Checked checked) {
        return new CaseStudyDraft(d.title(), d.summary(), d.fields(), d.voice(), d.activities(), d.sectors(),
                d.phases(), d.regions(), d.modelLevel(), d.evidenceStrength(), d.evidenceTypes(), null,
                unchecked(d.groupIds(), checked.groups), unchecked(d.institutionIds(), checked.institutions),
                unchecked(d.personIds(), checked.profiles), d.editSummary(), d.basedOnRevision());
    }

    private static Set<Long> unchecked(Set<Long> ids, Set<Long> checked) {
        Set<Long> result = new HashSet<>(ids);
        result.removeAll(checked);
        return result;
    }
}
