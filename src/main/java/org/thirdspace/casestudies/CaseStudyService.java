package org.thirdspace.casestudies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.casestudies.internal.CaseStudy;
import org.thirdspace.casestudies.internal.CaseStudyAccess;
import org.thirdspace.casestudies.internal.CaseStudyComment;
import org.thirdspace.casestudies.internal.CaseStudyCommentRepository;
import org.thirdspace.casestudies.internal.CaseStudyRenderer;
import org.thirdspace.casestudies.internal.CaseStudyRepository;
import org.thirdspace.casestudies.internal.CaseStudyReview;
import org.thirdspace.casestudies.internal.CaseStudyReviewRepository;
import org.thirdspace.casestudies.internal.NamedReviewer;
import org.thirdspace.casestudies.internal.Revision;
import org.thirdspace.casestudies.internal.RevisionDiffer;
import org.thirdspace.casestudies.internal.RevisionRef;
import org.thirdspace.casestudies.internal.RevisionRepository;
import org.thirdspace.casestudies.internal.RevisionTerm;
import org.thirdspace.casestudies.internal.WikiLinks;
import org.thirdspace.groups.GroupActivity;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.shared.PostingLimits;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The case-study wiki: writing (every save a new revision, stale saves refused), history, diffs,
 * restore, the review workflow (draft, in review, published; a published version stays visible
 * while the next is reviewed), review-due dates, discussion and wiki links. Every read answers as
 * the current user may see it; what they may not see is NOT_FOUND.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CaseStudyService {

    public static final int MAX_COMMENT = 8000;
    public static final int MAX_REVIEW_COMMENT = 4000;

    private final CaseStudyRepository caseStudies;
    private final RevisionRepository revisions;
    private final CaseStudyReviewRepository reviews;
    private final CaseStudyCommentRepository comments;
    private final CaseStudyAccess access;
    private final CaseStudyRenderer renderer;
    private final MarkdownRenderer markdown;
    private final PeopleService people;
    private final GroupService groups;
    private final InstitutionService institutions;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period reviewInterval;
    private final PostingLimits limits;
    private final org.thirdspace.security.CurrentUser currentUser;

    CaseStudyService(CaseStudyRepository caseStudies, RevisionRepository revisions, CaseStudyReviewRepository reviews,
            CaseStudyCommentRepository comments, CaseStudyAccess access, CaseStudyRenderer renderer,
            MarkdownRenderer markdown, PeopleService people, GroupService groups, InstitutionService institutions,
            Vocabularies vocabularies, ApplicationEventPublisher events, Clock clock,
            @Value("${thirdspace.case-studies.review-interval:P12M}") Period reviewInterval, PostingLimits limits,
            org.thirdspace.security.CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.reviews = reviews;
        this.comments = comments;
        this.access = access;
        this.renderer = renderer;
        this.markdown = markdown;
        this.people = people;
        this.groups = groups;
        this.institutions = institutions;
        this.vocabularies = vocabularies;
        this.events = events;
        this.clock = clock;
        this.reviewInterval = reviewInterval;
        this.limits = limits;
    }

    // ------------------------------------------------------------------ writing

    /** Creates a case study as revision 1, a draft; the current user is its first author. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CaseStudyDetails create(@Valid CaseStudyDraft draft) {
        long me = access.requireMe();
        validate(draft, null);
        String key = WikiLinks.key(draft.title());
        if (caseStudies.findByTitleKey(key).isPresent()) {
            throw CaseStudyException.invalid("title", "casestudies.error.title-taken");
        }
        Instant now = clock.instant();
        CaseStudy caseStudy;
        try {
            caseStudy = caseStudies.saveAndFlush(new CaseStudy(key, draft.groupId(), me, now));
        } catch (DataIntegrityViolationException e) {
            throw CaseStudyException.invalid("title", "casestudies.error.title-taken");
        }
        revisions.save(toRevision(caseStudy.id(), 1, draft, me, now, null, null));
        events.publishEvent(new CaseStudyChanged(caseStudy.id()));
        return toDetails(caseStudy, false);
    }

    /**
     * Saves a new revision on top of {@code draft.basedOnRevision()} (required). A save based on
     * an older revision than the head is refused with {@link StaleRevisionException}; nothing is
     * written. Saving a case study that is in review withdraws it to draft (submit again).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CaseStudyDetails save(long caseStudyId, @Valid CaseStudyDraft draft) {
        CaseStudy caseStudy = lockedForEditing(caseStudyId);
        long me = access.requireMe();
        if (draft.basedOnRevision() == null) {
            throw CaseStudyException.invalid("basedOnRevision", "casestudies.error.base-required");
        }
        requireHead(caseStudy, draft.basedOnRevision());
        validate(draft, caseStudy);
        return writeRevision(caseStudy, draft, me, null);
    }

    /** Restores an older revision as a new revision (stale rules as for {@link #save}). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CaseStudyDetails restore(long caseStudyId, int revision, int basedOnRevision, String editSummary) {
        CaseStudy caseStudy = lockedForEditing(caseStudyId);
        long me = access.requireMe();
        requireHead(caseStudy, basedOnRevision);
        Revision old = revisions.findByCaseStudyIdAndNumber(caseStudyId, revision)
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.error.no-revision", revision));
        String summary = editSummary == null || editSummary.isBlank() ? null : trim(editSummary, 300);
        CaseStudyDraft draft = toRecord(old).toDraft(basedOnRevision, summary);
        if (!WikiLinks.key(draft.title()).equals(caseStudy.titleKey())
                && caseStudies.findByTitleKey(WikiLinks.key(draft.title())).isPresent()) {
            throw CaseStudyException.conflict("casestudies.error.title-taken");
        }
        return writeRevision(caseStudy, draft, me, revision);
    }

    private CaseStudyDetails writeRevision(CaseStudy caseStudy, CaseStudyDraft draft, long me, Integer restoredFrom) {
        String key = WikiLinks.key(draft.title());
        if (!key.equals(caseStudy.titleKey()) && caseStudies.findByTitleKey(key).isPresent()) {
            throw CaseStudyException.invalid("title", "casestudies.error.title-taken");
        }
        Instant now = clock.instant();
        int number = caseStudy.headRevisionNo() + 1;
        revisions.save(toRevision(caseStudy.id(), number, draft, me, now, draft.basedOnRevision(), restoredFrom));
        caseStudy.newHead(number, key, draft.groupId(), now);
        try {
            caseStudies.flush();
        } catch (DataIntegrityViolationException e) {
            throw CaseStudyException.invalid("title", "casestudies.error.title-taken");
        }
        events.publishEvent(new CaseStudyChanged(caseStudy.id()));
        return toDetails(caseStudy, false);
    }

    private CaseStudy lockedForEditing(long caseStudyId) {
        CaseStudy caseStudy = caseStudies.findForUpdate(caseStudyId).orElseThrow(CaseStudyException::notFound);
        access.requireEditor(caseStudy);
        return caseStudy;
    }

    private static void requireHead(CaseStudy caseStudy, int basedOn) {
        if (basedOn != caseStudy.headRevisionNo()) {
            throw new StaleRevisionException(caseStudy.id(), basedOn, caseStudy.headRevisionNo());
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * The case study as the current user sees it by default: the head for those who see the
     * working version, otherwise the published version. Empty when they may see neither.
     */
    public Optional<CaseStudyDetails> details(long caseStudyId) {
        return details(caseStudyId, false);
    }

    /** As {@link #details(long)}, but the published version if {@code published} and there is one. */
    public Optional<CaseStudyDetails> details(long caseStudyId, boolean published) {
        return caseStudies.findById(caseStudyId).filter(access::canSee).map(c -> toDetails(c, published));
    }

    /**
     * Whether the person wrote the case study: its creator, an author of any revision or a named
     * co-author (home-group membership alone does not count). False for unknown case studies.
     */
    public boolean isAuthor(long caseStudyId, long personId) {
        return caseStudies.findById(caseStudyId)
                .map(c -> c.createdByPersonId() == personId || c.coAuthors().contains(personId)
                        || revisions.findAuthorIds(caseStudyId).contains(personId))
                .orElse(false);
    }

    /** {@link #details(long)} or NOT_FOUND. */
    public CaseStudyDetails require(long caseStudyId) {
        return details(caseStudyId).orElseThrow(CaseStudyException::notFound);
    }

    /** The id of the visible case study with this title (wiki links: case and spacing do not matter). */
    public Optional<Long> idByTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        return caseStudies.findByTitleKey(WikiLinks.key(title)).filter(access::canSee).map(CaseStudy::id);
    }

    /** A revision: readers only the published one, those who see the working version any. */
    public CaseStudyRevision revision(long caseStudyId, int number) {
        CaseStudy caseStudy = access.visible(caseStudyId);
        if (!mayReadRevision(caseStudy, number)) {
            throw CaseStudyException.notFound("casestudies.error.no-revision", number);
        }
        return revisions.findByCaseStudyIdAndNumber(caseStudyId, number).map(this::toRecord)
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.error.no-revision", number));
    }

    /** The history, newest first: readers see the published revision and the ones before it. */
    public List<RevisionSummary> revisions(long caseStudyId) {
        CaseStudy caseStudy = access.visible(caseStudyId);
        boolean working = access.seesWorkingVersion(caseStudy);
        Map<Long, String> names = new HashMap<>();
        return revisions.findLines(caseStudyId).stream()
                .filter(l -> working || l.number() <= caseStudy.publishedRevisionNo())
                .map(l -> new RevisionSummary(l.number(), l.title(), l.authorPersonId(),
                        names.computeIfAbsent(l.authorPersonId(), this::name), l.createdAt(), l.editSummary(),
                        l.basedOn(), l.restoredFrom(),
                        caseStudy.publishedRevisionNo() != null && l.number() == caseStudy.publishedRevisionNo(),
                        l.number() == caseStudy.headRevisionNo()))
                .toList();
    }

    /** Word-level differences between two revisions the user may see. */
    public CaseStudyDiff diff(long caseStudyId, int from, int to) {
        CaseStudyRevision a = revision(caseStudyId, from);
        CaseStudyRevision b = revision(caseStudyId, to);
        List<CaseStudyDiff.PartDiff> parts = new ArrayList<>();
        part(parts, "title", a.title(), b.title());
        part(parts, "summary", a.summary(), b.summary());
        for (CaseStudyField field : CaseStudyField.values()) {
            part(parts, field.code(), a.field(field), b.field(field));
        }
        part(parts, "facets", facetsText(a), facetsText(b));
        part(parts, "links", linksText(a), linksText(b));
        return new CaseStudyDiff(caseStudyId, from, to, parts);
    }

    private static void part(List<CaseStudyDiff.PartDiff> parts, String name, String a, String b) {
        List<DiffSegment> segments = RevisionDiffer.diff(a == null ? "" : a, b == null ? "" : b);
        if (RevisionDiffer.changed(segments)) {
            parts.add(new CaseStudyDiff.PartDiff(name, segments));
        }
    }

    private static String facetsText(CaseStudyRevision r) {
        List<String> lines = new ArrayList<>();
        lines.add("voice: " + (r.voice() == null ? "" : r.voice().name().toLowerCase(java.util.Locale.ROOT)));
        lines.add("activities: " + String.join(", ", new TreeSet<>(r.activities())));
        lines.add("sectors: " + String.join(", ", new TreeSet<>(r.sectors())));
        lines.add("phases: " + String.join(", ", new TreeSet<>(r.phases())));
        lines.add("regions: " + String.join(", ", new TreeSet<>(r.regions())));
        lines.add("model: " + (r.modelLevel() == null ? "" : r.modelLevel()));
        lines.add("evidence-strength: " + (r.evidenceStrength() == null ? "" : r.evidenceStrength()));
        lines.add("evidence-types: " + String.join(", ", new TreeSet<>(r.evidenceTypes())));
        return String.join("\n", lines);
    }

    private static String linksText(CaseStudyRevision r) {
        return "group: " + (r.groupId() == null ? "" : r.groupId()) + "\ngroups: " + ids(r.groupIds())
                + "\ninstitutions: " + ids(r.institutionIds()) + "\npeople: " + ids(r.personIds());
    }

    private static String ids(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Renders a revision (safe HTML, wiki links resolved for the current user). */
    public RenderedRevision render(CaseStudyRevision revision) {
        return renderer.render(revision.summary(), revision.fields(), this::visibleKeys);
    }

    /** Renders unsaved content for the editor's live preview. */
    public RenderedRevision preview(CaseStudyDraft draft) {
        return renderer.render(draft.summary(), draft.fields(), this::visibleKeys);
    }

    private Set<String> visibleKeys(Set<String> keys) {
        return caseStudies.findByTitleKeyIn(keys).stream().filter(access::canSee).map(CaseStudy::titleKey)
                .collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ workflow

    /** Submits the head revision ({@code revision} must be the head) for review. Authors only. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CaseStudyDetails submit(long caseStudyId, int revision) {
        CaseStudy caseStudy = lockedForEditing(caseStudyId);
        long me = access.requireMe();
        if (!access.isWriter(caseStudy, Optional.of(me))) {
            throw CaseStudyException.forbidden("casestudies.error.not-an-author");
        }
        requireHead(caseStudy, revision);
        if (caseStudy.status() == CaseStudyStatus.IN_REVIEW) {
            throw CaseStudyException.conflict("casestudies.error.already-in-review");
        }
        if (caseStudy.status() == CaseStudyStatus.PUBLISHED) {
            throw CaseStudyException.conflict("casestudies.error.already-published");
        }
        caseStudy.submit(clock.instant());
        Set<Long> named = caseStudy.reviewers().stream().map(NamedReviewer::personId)
                .collect(Collectors.toCollection(TreeSet::new));
        events.publishEvent(new CaseStudySubmitted(caseStudyId, revision, me, named));
        events.publishEvent(new CaseStudyChanged(caseStudyId));
        return toDetails(caseStudy, false);
    }

    /**
     * A reviewer's decision on the revision in review ({@code revision} must be it): APPROVED
     * publishes it (review due again after {@code thirdspace.case-studies.review-interval}),
     * CHANGES_REQUESTED returns it to draft (a comment is required). CONFIRMED_CURRENT on a
     * published case study (moderators) moves its review date on. Reviewers may not review their
     * own writing.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CaseStudyDetails review(long caseStudyId, int revision, ReviewDecision decision, String comment) {
        CaseStudy caseStudy = caseStudies.findForUpdate(caseStudyId).filter(access::canSee)
                .orElseThrow(CaseStudyException::notFound);
        long me = access.requireMe();
        if (decision == null) {
            throw CaseStudyException.invalid("decision", "casestudies.error.decision-required");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_REVIEW_COMMENT) {
            throw CaseStudyException.invalid("comment", "casestudies.error.comment-too-long", MAX_REVIEW_COMMENT);
        }
        Instant now = clock.instant();
        CaseStudyPermissions permissions = access.permissions(caseStudy);
        CaseStudyStatus statusBefore = caseStudy.status();
        if (decision == ReviewDecision.CONFIRMED_CURRENT) {
            if (!permissions.canConfirmCurrent()) {
                throw CaseStudyException.forbidden("casestudies.error.moderators-only");
            }
            if (caseStudy.publishedRevisionNo() != revision) {
                throw CaseStudyException.conflict("casestudies.error.not-the-published-revision", revision);
            }
            caseStudy.confirmCurrent(now, nextReviewDue());
        } else {
            if (caseStudy.status() != CaseStudyStatus.IN_REVIEW) {
                throw CaseStudyException.conflict("casestudies.error.not-in-review");
            }
            if (!permissions.canReview()) {
                boolean reviewer = access.isModerator() || caseStudy.isNamedReviewer(me);
                throw CaseStudyException.forbidden(reviewer ? "casestudies.error.own-writing"
                        : "casestudies.error.reviewers-only");
            }
            if (revision != caseStudy.headRevisionNo()) {
                throw new StaleRevisionException(caseStudyId, revision, caseStudy.headRevisionNo());
            }
            if (decision == ReviewDecision.CHANGES_REQUESTED) {
                if (text == null) {
                    throw CaseStudyException.invalid("comment", "casestudies.error.comment-required");
                }
                caseStudy.changesRequested(now);
            } else {
                caseStudy.publishHead(now, nextReviewDue());
            }
        }
        reviews.save(new CaseStudyReview(caseStudyId, revision, me, decision, text, now));
        events.publishEvent(new org.thirdspace.shared.AuditableAction(currentUser.id().orElse(null),
                currentUser.displayName().orElse(null), "case-study.review." + decision.name().toLowerCase(),
                org.thirdspace.shared.ContentRef.of("case-study", caseStudyId),
                "revision " + revision + (text == null ? "" : ": " + trim(text, 900)),
                "status=" + statusBefore, "status=" + caseStudy.status()));
        Set<Long> authors = new TreeSet<>(revisions.findAuthorIds(caseStudyId));
        authors.addAll(caseStudy.coAuthors());
        events.publishEvent(new CaseStudyReviewed(caseStudyId, revision, me, decision, authors));
        if (decision == ReviewDecision.APPROVED) {
            String title = revisions.findTitle(caseStudyId, revision).orElse("");
            events.publishEvent(new CaseStudyPublished(caseStudyId, revision, title, caseStudy.groupId(), me));
            if (caseStudy.groupId() != null) {
                events.publishEvent(new GroupActivity(caseStudy.groupId(), me, trim(title, 500), caseStudyId,
                        "case-study-published"));
            }
        }
        events.publishEvent(new CaseStudyChanged(caseStudyId));
        return toDetails(caseStudy, false);
    }

    private LocalDate nextReviewDue() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plus(reviewInterval);
    }

    /** Moderators name a member as reviewer of this case study. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Reviewer> nameReviewer(long caseStudyId, long personId) {
        CaseStudy caseStudy = moderated(caseStudyId);
        long me = access.requireMe();
        if (people.find(personId).isEmpty()) {
            throw CaseStudyException.invalid("personId", "casestudies.error.unknown-person");
        }
        if (!caseStudy.isNamedReviewer(personId)) {
            caseStudy.reviewers().add(new NamedReviewer(personId, me, clock.instant()));
            events.publishEvent(new ReviewerNamed(caseStudyId, personId, me));
        }
        return reviewers(caseStudy);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Reviewer> removeReviewer(long caseStudyId, long personId) {
        CaseStudy caseStudy = moderated(caseStudyId);
        caseStudy.reviewers().removeIf(r -> r.personId() == personId);
        return reviewers(caseStudy);
    }

    private CaseStudy moderated(long caseStudyId) {
        CaseStudy caseStudy = caseStudies.findForUpdate(caseStudyId).filter(access::canSee)
                .orElseThrow(CaseStudyException::notFound);
        if (!access.isModerator()) {
            throw CaseStudyException.forbidden("casestudies.error.moderators-only");
        }
        return caseStudy;
    }

    /** Authors add a co-author (who then sees and edits the working version). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void addCoAuthor(long caseStudyId, long personId) {
        CaseStudy caseStudy = lockedForEditing(caseStudyId);
        if (people.find(personId).isEmpty()) {
            throw CaseStudyException.invalid("personId", "casestudies.error.unknown-person");
        }
        caseStudy.coAuthors().add(personId);
    }

    /** Case studies the current user writes (author, co-author, home-group member), newest change first. */
    public List<CaseStudySummary> mine() {
        Optional<Long> me = access.me();
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> myGroups = groups.myGroups().stream().map(GroupSummary::id).toList();
        List<Long> groupIds = myGroups.isEmpty() ? List.of(-1L) : myGroups;
        return toSummaries(caseStudies.findWrittenBy(me.get(), groupIds));
    }

    /** Published case studies a person wrote or co-wrote that the current user may see (profiles). */
    public List<CaseStudyLink> publishedBy(long personId) {
        return caseStudies.findPublishedAuthoredBy(personId).stream().filter(access::canSeePublished)
                .map(c -> new CaseStudyLink(c.id(), revisions.findTitle(c.id(), c.publishedRevisionNo()).orElse("")))
                .toList();
    }

    /** In review (oldest first) and past their review date: moderators see all, named reviewers theirs. */
    public List<QueueEntry> reviewQueue() {
        Optional<Long> me = access.me();
        if (me.isEmpty()) {
            return List.of();
        }
        boolean moderator = access.isModerator();
        List<CaseStudy> inReview = caseStudies.findByStatusOrderByUpdatedAtAsc(CaseStudyStatus.IN_REVIEW).stream()
                .filter(c -> moderator || c.isNamedReviewer(me.get())).toList();
        List<CaseStudy> due = !moderator ? List.of() : caseStudies.findDueForReview(today()).stream()
                .filter(c -> c.status() != CaseStudyStatus.IN_REVIEW && access.canSeePublished(c)).toList();
        List<QueueEntry> queue = new ArrayList<>();
        List<CaseStudySummary> inReviewSummaries = toSummaries(inReview);
        for (int i = 0; i < inReview.size(); i++) {
            queue.add(new QueueEntry(inReviewSummaries.get(i), QueueEntry.Reason.IN_REVIEW, inReview.get(i).updatedAt()));
        }
        List<CaseStudySummary> dueSummaries = toSummaries(due);
        for (int i = 0; i < due.size(); i++) {
            queue.add(new QueueEntry(dueSummaries.get(i), QueueEntry.Reason.DUE_FOR_REVIEW,
                    due.get(i).reviewDueOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return queue;
    }

    // ------------------------------------------------------------------ discussion

    public List<Comment> comments(long caseStudyId) {
        access.visible(caseStudyId);
        Optional<Long> me = access.me();
        boolean moderator = access.isModerator();
        Map<Long, String> names = new HashMap<>();
        return comments.findByCaseStudyIdOrderByCreatedAtAscIdAsc(caseStudyId).stream()
                .map(c -> toComment(c, me, moderator, names)).toList();
    }

    /** Adds a discussion comment (Markdown, at most {@link #MAX_COMMENT} characters). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Comment addComment(long caseStudyId, String markdownText) {
        access.visible(caseStudyId);
        long me = access.requireMe();
        if (markdownText == null || markdownText.isBlank()) {
            throw CaseStudyException.invalid("markdown", "casestudies.error.comment-empty");
        }
        if (markdownText.length() > MAX_COMMENT) {
            throw CaseStudyException.invalid("markdown", "casestudies.error.comment-too-long", MAX_COMMENT);
        }
        limits.checkPost(me, PostingLimits.Kind.COMMENT, markdownText);
        CaseStudyComment saved = comments.save(new CaseStudyComment(caseStudyId, me, markdownText.strip(),
                clock.instant()));
        return toComment(saved, Optional.of(me), false, new HashMap<>());
    }

    /** Deletes a comment (its author or a moderator); it keeps its place as "comment removed". */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteComment(long caseStudyId, long commentId) {
        access.visible(caseStudyId);
        long me = access.requireMe();
        CaseStudyComment comment = comments.findById(commentId).filter(c -> c.caseStudyId() == caseStudyId)
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.error.no-comment"));
        if (comment.authorPersonId() != me && !access.isModerator()) {
            throw CaseStudyException.forbidden("casestudies.error.not-your-comment");
        }
        if (!comment.deleted()) {
            comment.delete(me, clock.instant());
        }
    }

    // ------------------------------------------------------------------ mapping

    private boolean mayReadRevision(CaseStudy caseStudy, int number) {
        if (access.seesWorkingVersion(caseStudy)) {
            return true;
        }
        return access.canSeePublished(caseStudy) && number <= caseStudy.publishedRevisionNo();
    }

    private CaseStudyDetails toDetails(CaseStudy c, boolean preferPublished) {
        CaseStudyPermissions permissions = access.permissions(c);
        boolean working = permissions.seesWorkingVersion();
        int shown = working && !(preferPublished && c.published()) ? c.headRevisionNo()
                : c.published() ? c.publishedRevisionNo() : c.headRevisionNo();
        Revision revision = revisions.findByCaseStudyIdAndNumber(c.id(), shown)
                .orElseThrow(CaseStudyException::notFound);
        CaseStudyRevision record = toRecord(revision);
        List<CaseStudyRef> links = links(record);
        String groupName = c.groupId() == null ? null : groupNames(List.of(c.groupId())).get(c.groupId());
        List<String> authors = revisions.findAuthorIds(c.id()).stream().map(this::name).distinct().toList();
        List<Review> reviewList = working || access.isModerator() ? reviewList(c) : publishedReviews(c);
        return new CaseStudyDetails(c.id(), c.status(), c.headRevisionNo(), c.publishedRevisionNo(), c.createdAt(),
                c.updatedAt(), c.publishedAt(), c.reviewDueOn(), dueForReview(c), record, render(record), groupName,
                links, backlinks(c), authors, reviewers(c), reviewList, permissions, c.hidden());
    }

    private boolean dueForReview(CaseStudy c) {
        return c.published() && c.reviewDueOn() != null && !c.reviewDueOn().isAfter(today());
    }

    private List<Review> reviewList(CaseStudy c) {
        Map<Long, String> names = new HashMap<>();
        return reviews.findByCaseStudyIdOrderByCreatedAtDescIdDesc(c.id()).stream()
                .map(r -> new Review(r.id(), r.revisionNo(), r.reviewerPersonId(),
                        names.computeIfAbsent(r.reviewerPersonId(), this::name), r.decision(), r.comment(),
                        markdown.toHtml(r.comment()), r.createdAt()))
                .toList();
    }

    /** Readers see who approved the published versions (not the discussion of drafts). */
    private List<Review> publishedReviews(CaseStudy c) {
        return reviewList(c).stream().filter(r -> r.decision() != ReviewDecision.CHANGES_REQUESTED)
                .map(r -> new Review(r.id(), r.revision(), r.reviewerPersonId(), r.reviewerName(), r.decision(), null,
                        "", r.createdAt()))
                .toList();
    }

    private List<Reviewer> reviewers(CaseStudy c) {
        return c.reviewers().stream().sorted(Comparator.comparing(NamedReviewer::namedAt))
                .map(r -> new Reviewer(r.personId(), name(r.personId()), r.namedByPersonId(), r.namedAt())).toList();
    }

    private List<CaseStudyLink> backlinks(CaseStudy c) {
        List<Long> ids = revisions.findPublishedLinkingTo(Set.of(c.titleKey()));
        List<CaseStudyLink> result = new ArrayList<>();
        for (CaseStudy other : caseStudies.findAllById(ids)) {
            if (other.id().equals(c.id()) || !access.canSeePublished(other)) {
                continue;
            }
            revisions.findTitle(other.id(), other.publishedRevisionNo())
                    .ifPresent(title -> result.add(new CaseStudyLink(other.id(), title)));
        }
        result.sort(Comparator.comparing(CaseStudyLink::title, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    private List<CaseStudyRef> links(CaseStudyRevision r) {
        List<CaseStudyRef> links = new ArrayList<>();
        Set<Long> groupIds = new LinkedHashSet<>();
        if (r.groupId() != null) {
            groupIds.add(r.groupId());
        }
        groupIds.addAll(r.groupIds());
        groups.summaries(List.copyOf(groupIds))
                .forEach(g -> links.add(new CaseStudyRef(CaseStudyRef.Kind.GROUP, g.id(), g.name())));
        for (Long id : r.institutionIds()) {
            institutions.find(id)
                    .ifPresent(i -> links.add(new CaseStudyRef(CaseStudyRef.Kind.INSTITUTION, i.id(), i.name())));
        }
        for (Long id : r.personIds()) {
            people.profile(id)
                    .ifPresent(p -> links.add(new CaseStudyRef(CaseStudyRef.Kind.PERSON, p.personId(), p.displayName())));
        }
        return links;
    }

    /** Names of the visible groups among {@code ids}, in one lookup. */
    private Map<Long, String> groupNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return groups.summaries(List.copyOf(new LinkedHashSet<>(ids))).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name));
    }

    private List<CaseStudySummary> toSummaries(List<CaseStudy> list) {
        Map<Long, String> names = groupNames(list.stream().map(CaseStudy::groupId).filter(Objects::nonNull).toList());
        return list.stream().map(c -> toSummary(c, names)).toList();
    }

    private CaseStudySummary toSummary(CaseStudy c, Map<Long, String> groupNames) {
        String title = revisions.findTitle(c.id(), c.headRevisionNo()).orElse("");
        String groupName = c.groupId() == null ? null : groupNames.get(c.groupId());
        return new CaseStudySummary(c.id(), title, c.status(), c.headRevisionNo(), c.publishedRevisionNo(),
                c.updatedAt(), c.reviewDueOn(), dueForReview(c), groupName);
    }

    /** A hidden comment's text only for its author and moderators (issue 7); others get none (html null). */
    private Comment toComment(CaseStudyComment c, Optional<Long> me, boolean moderator, Map<Long, String> names) {
        boolean mine = me.isPresent() && me.get() == c.authorPersonId();
        String author = names.computeIfAbsent(c.authorPersonId(), this::name);
        if (c.deleted()) {
            return new Comment(c.id(), c.authorPersonId(), author, "", "", c.createdAt(), c.editedAt(), true, mine,
                    false, c.editedByModerator());
        }
        if (c.hidden() && !mine && !moderator) {
            return new Comment(c.id(), c.authorPersonId(), author, null, null, c.createdAt(), c.editedAt(), false,
                    false, true, c.editedByModerator());
        }
        return new Comment(c.id(), c.authorPersonId(), author, c.markdown(), markdown.toHtml(c.markdown()),
                c.createdAt(), c.editedAt(), false, mine, c.hidden(), c.editedByModerator());
    }

    private String name(long personId) {
        return people.find(personId).map(PersonSummary::displayName).orElse("?");
    }

    CaseStudyRevision toRecord(Revision r) {
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        fields.putAll(r.fields());
        Set<String> model = r.codes(RevisionTerm.MODEL);
        Set<String> strength = r.codes(RevisionTerm.EVIDENCE_STRENGTH);
        return new CaseStudyRevision(r.caseStudyId(), r.number(), r.title(), r.summary(),
                java.util.Collections.unmodifiableMap(fields), r.voice(), r.codes(RevisionTerm.ACTIVITY),
                r.codes(RevisionTerm.SECTOR), r.codes(RevisionTerm.PHASE), r.codes(RevisionTerm.REGION),
                model.isEmpty() ? null : Integer.valueOf(model.iterator().next()),
                strength.isEmpty() ? null : strength.iterator().next(), r.codes(RevisionTerm.EVIDENCE_TYPE),
                r.groupId(), r.refIds(CaseStudyRef.Kind.GROUP), r.refIds(CaseStudyRef.Kind.INSTITUTION),
                r.refIds(CaseStudyRef.Kind.PERSON), r.authorPersonId(), name(r.authorPersonId()), r.createdAt(),
                r.editSummary(), r.basedOnNumber(), r.restoredFromNumber());
    }

    /** Package-private for {@link CaseStudyImport}: the same mapping for imported revisions. */
    static Revision toRevision(long caseStudyId, int number, CaseStudyDraft d, long author, Instant now,
            Integer basedOn, Integer restoredFrom) {
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        Set<String> links = new LinkedHashSet<>();
        d.fields().forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                fields.put(field, text.strip());
                links.addAll(WikiLinks.targets(text));
            }
        });
        Set<RevisionTerm> terms = new LinkedHashSet<>();
        d.activities().forEach(c -> terms.add(new RevisionTerm(RevisionTerm.ACTIVITY, c)));
        d.sectors().forEach(c -> terms.add(new RevisionTerm(RevisionTerm.SECTOR, c)));
        d.phases().forEach(c -> terms.add(new RevisionTerm(RevisionTerm.PHASE, c)));
        d.regions().forEach(c -> terms.add(new RevisionTerm(RevisionTerm.REGION, c)));
        d.evidenceTypes().forEach(c -> terms.add(new RevisionTerm(RevisionTerm.EVIDENCE_TYPE, c)));
        if (d.modelLevel() != null) {
            terms.add(new RevisionTerm(RevisionTerm.MODEL, d.modelLevel().toString()));
        }
        if (d.evidenceStrength() != null && !d.evidenceStrength().isBlank()) {
            terms.add(new RevisionTerm(RevisionTerm.EVIDENCE_STRENGTH, d.evidenceStrength()));
        }
        Set<RevisionRef> refs = new LinkedHashSet<>();
        d.groupIds().forEach(id -> refs.add(new RevisionRef(CaseStudyRef.Kind.GROUP, id)));
        d.institutionIds().forEach(id -> refs.add(new RevisionRef(CaseStudyRef.Kind.INSTITUTION, id)));
        d.personIds().forEach(id -> refs.add(new RevisionRef(CaseStudyRef.Kind.PERSON, id)));
        String summary = d.summary() == null || d.summary().isBlank() ? null : d.summary().strip();
        String editSummary = d.editSummary() == null || d.editSummary().isBlank() ? null : d.editSummary().strip();
        return new Revision(caseStudyId, number, d.title().strip(), summary, d.voice(), d.groupId(), author, now,
                editSummary, basedOn, restoredFrom, fields, terms, refs, links);
    }

    /**
     * The rules every saved draft follows. Package-private for {@link CaseStudyImport}, which
     * checks imported drafts by the same rules (its home group separately: an import has no member).
     */
    void validate(CaseStudyDraft d, CaseStudy existing) {
        if (d.title().strip().length() < 3) {
            throw CaseStudyException.invalid("title", "casestudies.error.title-too-short");
        }
        if (WikiLinks.key(d.title()).isEmpty() || d.title().contains("[") || d.title().contains("]")
                || d.title().contains("|")) {
            throw CaseStudyException.invalid("title", "casestudies.error.title-characters");
        }
        requireTerms(Vocabulary.ACTIVITY_TYPE, d.activities(), "activities");
        requireTerms(Vocabulary.PHASE, d.phases(), "phases");
        requireTerms(Vocabulary.EVIDENCE_TYPE, d.evidenceTypes(), "evidenceTypes");
        if (d.evidenceStrength() != null && !d.evidenceStrength().isBlank()) {
            requireTerms(Vocabulary.EVIDENCE_STRENGTH, Set.of(d.evidenceStrength()), "evidenceStrength");
        }
        for (String sector : d.sectors()) {
            if (java.util.Arrays.stream(Sector.values()).noneMatch(s -> s.code().equals(sector))) {
                throw CaseStudyException.invalid("sectors", "casestudies.error.unknown-code", sector);
            }
        }
        for (String region : d.regions()) {
            try {
                Region.fromCode(region);
            } catch (IllegalArgumentException e) {
                throw CaseStudyException.invalid("regions", "casestudies.error.unknown-code", region);
            }
        }
        boolean groupUnchanged = existing != null && d.groupId() != null && d.groupId().equals(existing.groupId());
        if (d.groupId() != null && !groupUnchanged) {
            if (!groups.canSee(d.groupId()) || !groups.permissions(d.groupId()).member()) {
                throw CaseStudyException.invalid("groupId", "casestudies.error.not-your-group");
            }
        }
        for (Long id : d.groupIds()) {
            if (id == null || !groups.canSee(id)) {
                throw CaseStudyException.invalid("groupIds", "casestudies.error.unknown-group", id);
            }
        }
        for (Long id : d.institutionIds()) {
            if (id == null || institutions.find(id).isEmpty()) {
                throw CaseStudyException.invalid("institutionIds", "casestudies.error.unknown-institution", id);
            }
        }
        for (Long id : d.personIds()) {
            if (id == null || people.profile(id).isEmpty()) {
                throw CaseStudyException.invalid("personIds", "casestudies.error.unknown-person");
            }
        }
        for (Map.Entry<CaseStudyField, String> field : d.fields().entrySet()) {
            if (field.getValue().indexOf('\u0000') >= 0) {
                throw CaseStudyException.invalid("fields." + field.getKey().code(), "casestudies.error.bad-characters");
            }
        }
    }

    private void requireTerms(Vocabulary vocabulary, Set<String> codes, String field) {
        try {
            vocabularies.requireActive(vocabulary, codes);
        } catch (UnknownTermException e) {
            throw CaseStudyException.invalid(field, "casestudies.error.unknown-code", e.code());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String trim(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
