package org.thirdspace.casestudies;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.casestudies.internal.CaseStudy;
import org.thirdspace.casestudies.internal.CaseStudyAccess;
import org.thirdspace.casestudies.internal.CaseStudyComment;
import org.thirdspace.casestudies.internal.CaseStudyCommentRepository;
import org.thirdspace.casestudies.internal.CaseStudyRepository;
import org.thirdspace.casestudies.internal.Revision;
import org.thirdspace.casestudies.internal.RevisionRepository;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;

/**
 * What the moderation feature needs of case studies and their discussion comments (issue 7,
 * ADR 10): an item as the current user may see it (to flag it), items for the moderation queue,
 * hiding an item pending review, and a moderator's edit of a comment.
 * <p>
 * A hidden case study keeps its published version for its writers and moderators only: for
 * everyone else it is not found, and it leaves lists (profiles, backlinks, wiki links) and the
 * search index (the indexer skips hidden case studies; {@link #setCaseStudyHidden} publishes
 * {@link CaseStudyChanged}). A hidden comment keeps its place and its text for its author and
 * moderators; everyone else sees a placeholder. The moderation service decides who may hide; this
 * class does not check roles for that (automatic hiding happens in a member's flag request).
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyModeration {

    public static final int EXCERPT = 300;

    private final CaseStudyRepository caseStudies;
    private final RevisionRepository revisions;
    private final CaseStudyCommentRepository comments;
    private final CaseStudyAccess access;
    private final PeopleService people;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseStudyModeration(CaseStudyRepository caseStudies, RevisionRepository revisions,
            CaseStudyCommentRepository comments, CaseStudyAccess access, PeopleService people,
            MarkdownRenderer markdown, ApplicationEventPublisher events, Clock clock) {
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.comments = comments;
        this.access = access;
        this.people = people;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ case studies

    /** The case study if the current user may see it (a draft only its writers, a hidden one only writers and moderators); else NOT_FOUND. */
    public ModeratedCaseStudy visibleCaseStudy(long caseStudyId) {
        CaseStudy caseStudy = access.visible(caseStudyId);
        Optional<Long> me = access.me();
        return toModerated(caseStudy, names(List.of(caseStudy.createdByPersonId())),
                me.isPresent() && isAuthor(caseStudy, me.get()));
    }

    /** The case studies that exist among {@code ids}, by id, whoever asks (the caller is a moderator's service). */
    public Map<Long, ModeratedCaseStudy> caseStudiesForQueue(Collection<Long> caseStudyIds) {
        Map<Long, ModeratedCaseStudy> out = new LinkedHashMap<>();
        if (caseStudyIds.isEmpty()) {
            return out;
        }
        List<CaseStudy> found = caseStudies.findAllById(new LinkedHashSet<>(caseStudyIds));
        Map<Long, String> names = names(found.stream().map(CaseStudy::createdByPersonId).toList());
        found.forEach(c -> out.put(c.id(), toModerated(c, names, false)));
        return out;
    }

    /**
     * Hides the case study pending review or shows it again; answers whether that changed
     * anything. Publishes {@link CaseStudyChanged} so the search index drops or takes it back.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean setCaseStudyHidden(long caseStudyId, boolean hidden) {
        CaseStudy caseStudy = caseStudies.findForUpdate(caseStudyId).orElseThrow(CaseStudyException::notFound);
        if (caseStudy.hidden() == hidden) {
            return false;
        }
        caseStudy.hiddenAt(hidden ? clock.instant() : null);
        caseStudies.flush();
        events.publishEvent(new CaseStudyChanged(caseStudyId));
        return true;
    }

    // ------------------------------------------------------------------ comments

    /**
     * The comment if the current user may see it: its case study is visible to them, it is not
     * removed, and not hidden unless they wrote it or moderate; else NOT_FOUND.
     */
    public ModeratedComment visibleComment(long commentId) {
        CaseStudyComment comment = comments.findById(commentId)
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.error.no-comment"));
        CaseStudy caseStudy = access.visible(comment.caseStudyId());
        boolean mine = access.me().map(me -> me == comment.authorPersonId()).orElse(false);
        if (comment.deleted() || (comment.hidden() && !mine && !access.isModerator())) {
            throw CaseStudyException.notFound("casestudies.error.no-comment");
        }
        return toModerated(comment, Map.of(caseStudy.id(), caseStudy), names(List.of(comment.authorPersonId())),
                mine);
    }

    /** The comments that exist among {@code ids}, by id, whoever asks (the caller is a moderator's service). */
    public Map<Long, ModeratedComment> commentsForQueue(Collection<Long> commentIds) {
        Map<Long, ModeratedComment> out = new LinkedHashMap<>();
        if (commentIds.isEmpty()) {
            return out;
        }
        List<CaseStudyComment> found = comments.findAllById(new LinkedHashSet<>(commentIds));
        Map<Long, CaseStudy> onCaseStudies = new LinkedHashMap<>();
        caseStudies.findAllById(found.stream().map(CaseStudyComment::caseStudyId).distinct().toList())
                .forEach(c -> onCaseStudies.put(c.id(), c));
        Map<Long, String> names = names(found.stream().map(CaseStudyComment::authorPersonId).toList());
        for (CaseStudyComment c : found) {
            if (onCaseStudies.containsKey(c.caseStudyId())) {
                out.put(c.id(), toModerated(c, onCaseStudies, names, false));
            }
        }
        return out;
    }

    /** Hides the comment pending review or shows it again; answers whether that changed anything. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean setCommentHidden(long commentId, boolean hidden) {
        CaseStudyComment comment = comments.findById(commentId)
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.error.no-comment"));
        if (comment.hidden() == hidden) {
            return false;
        }
        comment.hiddenAt(hidden ? clock.instant() : null);
        comments.flush();
        return true;
    }

    /**
     * A moderator replaces a comment's Markdown (at most {@link CaseStudyService#MAX_COMMENT}
     * characters); the comment is marked as edited by a moderator. Comments have no history, so
     * the text before is returned for the caller's audit log entry.
     *
     * @throws CaseStudyException NOT_FOUND (unknown comment), CONFLICT (removed comment), INVALID
     *         on {@code markdown} (empty or too long)
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public String editComment(long commentId, String markdownText) {
        CaseStudyComment comment = comments.findById(commentId)
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.error.no-comment"));
        if (comment.deleted()) {
            throw CaseStudyException.conflict("casestudies.error.comment-removed");
        }
        if (markdownText == null || markdownText.isBlank()) {
            throw CaseStudyException.invalid("markdown", "casestudies.error.comment-empty");
        }
        if (markdownText.length() > CaseStudyService.MAX_COMMENT) {
            throw CaseStudyException.invalid("markdown", "casestudies.error.comment-too-long",
                    CaseStudyService.MAX_COMMENT);
        }
        String before = comment.markdown();
        comment.moderatorEdit(markdownText.strip(), access.me().orElse(null), clock.instant());
        comments.flush();
        return before;
    }

    /** A comment's current Markdown, to prefill a moderator's edit; empty for unknown or removed comments. */
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public Optional<String> commentMarkdown(long commentId) {
        return comments.findById(commentId).filter(c -> !c.deleted()).map(CaseStudyComment::markdown);
    }

    // ------------------------------------------------------------------ mapping

    private boolean isAuthor(CaseStudy c, long personId) {
        return c.createdByPersonId() == personId || c.coAuthors().contains(personId)
                || revisions.findAuthorIds(c.id()).contains(personId);
    }

    /** The published revision when there is one (what readers flag), else the head. */
    private Optional<Revision> shown(CaseStudy c) {
        int number = c.published() ? c.publishedRevisionNo() : c.headRevisionNo();
        return revisions.findByCaseStudyIdAndNumber(c.id(), number);
    }

    private ModeratedCaseStudy toModerated(CaseStudy c, Map<Long, String> names, boolean mine) {
        Optional<Revision> revision = shown(c);
        String title = revision.map(Revision::title).orElse("");
        String text = revision.map(r -> r.summary() != null && !r.summary().isBlank() ? r.summary()
                : r.fields().values().stream().filter(f -> f != null && !f.isBlank()).findFirst().orElse(""))
                .orElse("");
        return new ModeratedCaseStudy(c.id(), title, c.createdByPersonId(), names.get(c.createdByPersonId()),
                excerpt(text), c.hidden(), mine);
    }

    private ModeratedComment toModerated(CaseStudyComment c, Map<Long, CaseStudy> onCaseStudies,
            Map<Long, String> names, boolean mine) {
        CaseStudy caseStudy = onCaseStudies.get(c.caseStudyId());
        String title = shown(caseStudy).map(Revision::title).orElse("");
        return new ModeratedComment(c.id(), c.caseStudyId(), title, c.authorPersonId(), names.get(c.authorPersonId()),
                excerpt(c.markdown()), c.hidden(), c.deleted(), mine);
    }

    private String excerpt(String markdownText) {
        String text = markdownText == null ? "" : markdown.toPlainText(markdownText);
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return text.length() > EXCERPT ? text.substring(0, EXCERPT - 1) + "\u2026" : text;
    }

    private Map<Long, String> names(Collection<Long> personIds) {
        Set<Long> ids = new HashSet<>(personIds);
        return ids.isEmpty() ? Map.of() : people.displayNames(ids);
    }
}
