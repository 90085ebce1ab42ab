package org.thirdspace.gaps;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.gaps.internal.Gap;
import org.thirdspace.gaps.internal.GapAnswer;
import org.thirdspace.gaps.internal.GapAnswerRepository;
import org.thirdspace.gaps.internal.GapRepository;
import org.thirdspace.gaps.internal.GapSpecifications;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.Role;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.ContentRef;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The gap board. Logged-in members read it and answer gaps by linking a published case study
 * that every member may read (one whose home group is not private: a private group's case study
 * would show its title to people who may not see it, so it is refused); answers are also filtered
 * when read, in case a case study later moves out of sight. Moderators post, edit and close gaps
 * and remove unsuitable answers; each of those is published as an {@link AuditableAction} in the
 * acting transaction. Posting publishes {@link GapPosted}, answering {@link GapAnswered}.
 */
@Service
@Transactional(readOnly = true)
public class GapService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_NOTE = 500;
    public static final int MAX_REASON = 500;
    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    public static final int MAX_CODES = 20;

    private final GapRepository gaps;
    private final GapAnswerRepository answers;
    private final CaseStudyService caseStudies;
    private final CaseStudySearch caseStudySearch;
    private final GroupService groups;
    private final PeopleService people;
    private final Vocabularies vocabularies;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GapService(GapRepository gaps, GapAnswerRepository answers, CaseStudyService caseStudies,
            CaseStudySearch caseStudySearch, GroupService groups, PeopleService people, Vocabularies vocabularies,
            MarkdownRenderer markdown, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.gaps = gaps;
        this.answers = answers;
        this.caseStudies = caseStudies;
        this.caseStudySearch = caseStudySearch;
        this.groups = groups;
        this.people = people;
        this.vocabularies = vocabularies;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** A page of the board: open gaps first, then answered, then closed; newest first within each. */
    @PreAuthorize("isAuthenticated()")
    public GapPage list(GapQuery query) {
        if (query.text() != null && query.text().strip().length() > MAX_TEXT) {
            throw GapException.invalid("q", "gaps.error.text-too-long", MAX_TEXT);
        }
        if (query.size() < 1 || query.size() > MAX_SIZE) {
            throw GapException.invalid("size", "gaps.error.size", MAX_SIZE);
        }
        if (query.page() < 0) {
            throw GapException.invalid("page", "gaps.error.page");
        }
        query.filters().forEach((facet, codes) -> requireKnown(facet, codes, facet.parameter()));
        Sort order = Sort.by(Sort.Order.asc("statusRank"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
        Page<Gap> page = gaps.findAll(GapSpecifications.matching(query.text(), query.statuses(), query.filters()),
                PageRequest.of(query.page(), query.size(), order));
        return new GapPage(page.getTotalElements(), query.page(), query.size(),
                page.getContent().stream().map(GapService::toSummary).toList());
    }

    /** How many gaps match (for lazy lists). */
    @PreAuthorize("isAuthenticated()")
    public long count(GapQuery query) {
        query.filters().forEach((facet, codes) -> requireKnown(facet, codes, facet.parameter()));
        return gaps.count(GapSpecifications.matching(query.text(), query.statuses(), query.filters()));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<GapDetails> details(long gapId) {
        return gaps.findById(gapId).map(this::toDetails);
    }

    @PreAuthorize("isAuthenticated()")
    public GapDetails require(long gapId) {
        return details(gapId).orElseThrow(GapException::notFound);
    }

    /**
     * Published case studies the current user may read whose text matches, for the answer picker
     * ({@code offset} and {@code limit} as a lazy list asks; through the case-study search).
     */
    @PreAuthorize("isAuthenticated()")
    public List<CaseStudyChoice> candidates(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, CaseStudySearch.MAX_SIZE));
        int page = offset / size;
        if ((long) (page + 1) * size > CaseStudySearch.MAX_WINDOW) {
            return List.of();
        }
        String q = text == null ? null : text.strip();
        if (q != null && q.length() > CaseStudySearch.MAX_TEXT) {
            q = q.substring(0, CaseStudySearch.MAX_TEXT);
        }
        return caseStudySearch.search(new CaseStudySearchQuery(q == null || q.isEmpty() ? null : q, null, null, null,
                        null, null, null, null, page, size))
                .hits().stream().map(h -> new CaseStudyChoice(h.id(), h.title())).toList();
    }

    // ------------------------------------------------------------------ moderators

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public GapDetails create(GapDraft draft) {
        long me = requirePerson();
        Valid valid = validate(draft);
        Instant now = clock.instant();
        Gap gap = new Gap(me, now);
        gap.apply(valid.title, valid.description, valid.facets, now);
        gap = gaps.saveAndFlush(gap);
        audit("gap.create", gap.id(), valid.title, null, describe(gap));
        events.publishEvent(new GapPosted(gap.id(), gap.title(), facets(gap), me));
        return toDetails(gap);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public GapDetails update(long gapId, GapDraft draft) {
        Gap gap = gaps.findForUpdate(gapId).orElseThrow(GapException::notFound);
        Valid valid = validate(draft);
        String before = describe(gap);
        gap.apply(valid.title, valid.description, valid.facets, clock.instant());
        gaps.flush();
        audit("gap.update", gapId, valid.title, before, describe(gap));
        return toDetails(gap);
    }

    /** Marks a gap open, answered or closed, with an optional reason for the audit log. */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public GapDetails changeStatus(long gapId, GapStatus status, String reason) {
        if (status == null) {
            throw GapException.invalid("status", "gaps.error.status-required");
        }
        String why = reason(reason);
        Gap gap = gaps.findForUpdate(gapId).orElseThrow(GapException::notFound);
        GapStatus before = gap.status();
        if (before != status) {
            gap.status(status, clock.instant());
            gaps.flush();
            audit("gap.status", gapId, why == null ? status.name() : why, before.name(), status.name());
        }
        return toDetails(gap);
    }

    /** Removes an unsuitable answer (the case study itself is untouched). */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public GapDetails removeAnswer(long gapId, long answerId, String reason) {
        String why = reason(reason);
        Gap gap = gaps.findForUpdate(gapId).orElseThrow(GapException::notFound);
        GapAnswer answer = answers.findById(answerId).filter(a -> a.gapId() == gapId)
                .orElseThrow(() -> new GapException(GapException.Kind.NOT_FOUND, null, "gaps.error.no-answer"));
        answers.delete(answer);
        gap.answersChanged(-1);
        answers.flush();
        audit("gap.answer.remove", gapId, why == null ? "answer removed" : why,
                "case-study:" + answer.caseStudyId() + " by person:" + answer.authorPersonId()
                        + (answer.note() == null ? "" : "\nnote: " + answer.note()), null);
        return toDetails(gap);
    }

    // ------------------------------------------------------------------ members

    /**
     * Answers a gap with a published case study everyone may read, with an optional short note.
     * Refused: a closed gap (CONFLICT), a case study already linked to it (CONFLICT), one the
     * member cannot see or that is not published, and one of a private group (INVALID).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GapAnswerView answer(long gapId, long caseStudyId, String note) {
        long me = requirePerson();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw GapException.invalid("note", "gaps.error.note-too-long", MAX_NOTE);
        }
        if (text != null) {
            requireClean(text, "note");
        }
        Gap gap = gaps.findForUpdate(gapId).orElseThrow(GapException::notFound);
        if (gap.status() == GapStatus.CLOSED) {
            throw new GapException(GapException.Kind.CONFLICT, null, "gaps.error.closed");
        }
        String title = publishedForEveryone(caseStudyId);
        if (answers.existsByGapIdAndCaseStudyId(gapId, caseStudyId)) {
            throw new GapException(GapException.Kind.CONFLICT, "caseStudyId", "gaps.error.duplicate-answer");
        }
        GapAnswer saved;
        try {
            saved = answers.saveAndFlush(new GapAnswer(gapId, caseStudyId, text, me, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new GapException(GapException.Kind.CONFLICT, "caseStudyId", "gaps.error.duplicate-answer");
        }
        gap.answersChanged(1);
        events.publishEvent(new GapAnswered(gapId, saved.id(), caseStudyId, me, gap.createdByPersonId()));
        return new GapAnswerView(saved.id(), caseStudyId, title, text, me, name(me), saved.createdAt());
    }

    /** The published title, or INVALID when the case study may not answer a gap. */
    private String publishedForEveryone(long caseStudyId) {
        Optional<CaseStudyDetails> found;
        try {
            found = caseStudies.details(caseStudyId, true);
        } catch (CaseStudyException e) {
            found = Optional.empty();
        }
        CaseStudyDetails d = found.filter(CaseStudyDetails::showingPublished)
                .orElseThrow(() -> GapException.invalid("caseStudyId", "gaps.error.not-published"));
        Long groupId = d.revision().groupId();
        if (groupId != null) {
            List<GroupSummary> group = groups.summaries(List.of(groupId));
            if (group.isEmpty() || group.getFirst().visibility() == GroupVisibility.PRIVATE) {
                throw GapException.invalid("caseStudyId", "gaps.error.private-case-study");
            }
        }
        return d.revision().title();
    }

    // ------------------------------------------------------------------ mapping and rules

    private GapDetails toDetails(Gap gap) {
        Map<Long, String> names = new HashMap<>();
        List<GapAnswerView> shown = new ArrayList<>();
        for (GapAnswer a : answers.findByGapIdOrderByCreatedAtAscIdAsc(gap.id())) {
            Optional<CaseStudyDetails> cs;
            try {
                cs = caseStudies.details(a.caseStudyId(), true).filter(CaseStudyDetails::showingPublished);
            } catch (CaseStudyException e) {
                cs = Optional.empty();
            }
            cs.ifPresent(d -> shown.add(new GapAnswerView(a.id(), a.caseStudyId(), d.revision().title(), a.note(),
                    a.authorPersonId(), names.computeIfAbsent(a.authorPersonId(), this::name), a.createdAt())));
        }
        boolean moderator = isModerator();
        boolean canAnswer = people.myPersonId().isPresent() && gap.status() != GapStatus.CLOSED;
        return new GapDetails(gap.id(), gap.title(), gap.description(), markdown.toHtml(gap.description()),
                gap.status(), facets(gap), gap.createdByPersonId(), name(gap.createdByPersonId()), gap.createdAt(),
                gap.updatedAt(), shown, canAnswer, moderator);
    }

    private static GapSummary toSummary(Gap gap) {
        return new GapSummary(gap.id(), gap.title(), gap.status(), facets(gap), gap.answerCount(), gap.createdAt(),
                gap.updatedAt());
    }

    private static Map<GapFacet, Set<String>> facets(Gap gap) {
        Map<GapFacet, Set<String>> map = new EnumMap<>(GapFacet.class);
        for (Gap.FacetValue v : gap.facets()) {
            GapFacet facet = GapFacet.fromParameter(v.facet());
            if (facet != null) {
                map.computeIfAbsent(facet, f -> new TreeSet<>()).add(v.code());
            }
        }
        map.replaceAll((f, codes) -> Set.copyOf(codes));
        return java.util.Collections.unmodifiableMap(map);
    }

    private record Valid(String title, String description, Set<Gap.FacetValue> facets) {
    }

    private Valid validate(GapDraft draft) {
        String title = draft == null || draft.title() == null ? "" : draft.title().strip();
        if (title.length() < 3 || title.length() > MAX_TITLE) {
            throw GapException.invalid("title", "gaps.error.title-length", MAX_TITLE);
        }
        requireClean(title, "title");
        if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
            throw GapException.invalid("title", "gaps.error.single-line");
        }
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.isEmpty()) {
            throw GapException.invalid("description", "gaps.error.description-required");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw GapException.invalid("description", "gaps.error.description-too-long", MAX_DESCRIPTION);
        }
        requireClean(description, "description");
        Set<Gap.FacetValue> facets = new LinkedHashSet<>();
        draft.facets().forEach((facet, codes) -> {
            String field = facet.parameter();
            if (codes.size() > MAX_CODES) {
                throw GapException.invalid(field, "gaps.error.too-many-codes", MAX_CODES);
            }
            try {
                vocabularies.requireActive(facet.vocabulary(), codes);
            } catch (UnknownTermException e) {
                throw GapException.invalid(field, "gaps.error.unknown-code", String.valueOf(e.code()), field);
            }
            codes.stream().sorted().forEach(c -> facets.add(new Gap.FacetValue(facet.parameter(), c)));
        });
        return new Valid(title, description, facets);
    }

    /** Filters may name retired terms (old gaps keep them), but not unknown ones. */
    private void requireKnown(GapFacet facet, Set<String> codes, String field) {
        for (String code : codes) {
            if (!vocabularies.isKnown(facet.vocabulary(), code)) {
                throw GapException.invalid(field, "gaps.error.unknown-code", String.valueOf(code), field);
            }
        }
    }

    private static void requireClean(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)));
            if (control || loneSurrogate || c == '\uFFFD') {
                throw GapException.invalid(field, "gaps.error.bad-characters");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static String reason(String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw GapException.invalid("reason", "gaps.error.reason-too-long", MAX_REASON);
        }
        if (why != null) {
            requireClean(why, "reason");
        }
        return why;
    }

    private static String describe(Gap gap) {
        return "title: " + gap.title() + "\nstatus: " + gap.status() + "\nfacets: "
                + gap.facets().stream().map(v -> v.facet() + ":" + v.code()).sorted().collect(Collectors.joining(", "))
                + "\ndescription: " + gap.description();
    }

    private void audit(String action, long gapId, String summary, String before, String after) {
        events.publishEvent(new AuditableAction(currentUser.id().orElse(null), currentUser.displayName().orElse(null),
                action, ContentRef.of("gap", gapId), summary, before, after));
    }

    private long requirePerson() {
        return people.myPersonId()
                .orElseThrow(() -> new GapException(GapException.Kind.FORBIDDEN, null, "gaps.error.no-profile"));
    }

    private String name(long personId) {
        return people.find(personId).map(PersonSummary::displayName).orElse("?");
    }

    private static boolean isModerator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.MODERATOR.authority()) || a.equals(Role.ADMIN.authority()));
    }
}
