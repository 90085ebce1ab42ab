package org.thirdspace.needs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.needs.internal.Need;
import org.thirdspace.needs.internal.NeedRepository;
import org.thirdspace.needs.internal.NeedSpecifications;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.people.Profile;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.security.Role;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The needs board. Members post needs on behalf of one of their current institutions or groups.
 * Every logged-in member reads open and in-progress needs, except that a need on behalf of a
 * PRIVATE group is seen only by that group's current members, brokers, moderators and admins
 * (to anyone else it does not exist: NOT_FOUND). Closed needs are seen by their author, the
 * group's members and those privileged roles. The author, facilitators of the group, brokers and
 * moderators edit, close and reopen a need; brokers claim open ones (IN_PROGRESS). Posting
 * publishes {@link NeedPosted}, every other change {@link NeedChanged}, in the writing transaction.
 */
@Service
@Transactional(readOnly = true)
public class NeedService {

    public static final int MIN_TITLE = 3;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_FOR_WHOM = 200;
    public static final int MAX_OUTCOME_NOTE = 1000;
    public static final int MAX_CAPACITY = 50;
    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;
    public static final int MAX_CODES = 20;

    private final NeedRepository needs;
    private final GroupService groups;
    private final InstitutionService institutions;
    private final PeopleService people;
    private final Vocabularies vocabularies;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NeedService(NeedRepository needs, GroupService groups, InstitutionService institutions, PeopleService people,
            Vocabularies vocabularies, MarkdownRenderer markdown, ApplicationEventPublisher events, Clock clock) {
        this.needs = needs;
        this.groups = groups;
        this.institutions = institutions;
        this.people = people;
        this.vocabularies = vocabularies;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** A page of the board: open needs first, then in progress, then closed; newest first within each. */
    @PreAuthorize("isAuthenticated()")
    public NeedPage list(NeedQuery query) {
        if (query.size() < 1 || query.size() > MAX_SIZE) {
            throw NeedException.invalid("size", "needs.error.size", MAX_SIZE);
        }
        if (query.page() < 0) {
            throw NeedException.invalid("page", "needs.error.page");
        }
        checkQuery(query);
        Sort order = Sort.by(Sort.Order.asc("statusRank"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
        Page<Need> page = needs.findAll(spec(query), PageRequest.of(query.page(), query.size(), order));
        Names names = new Names();
        return new NeedPage(page.getTotalElements(), query.page(), query.size(),
                page.getContent().stream().map(n -> toSummary(n, names)).toList());
    }

    /** How many needs match (for lazy lists). */
    @PreAuthorize("isAuthenticated()")
    public long count(NeedQuery query) {
        checkQuery(query);
        return needs.count(spec(query));
    }

    /** The need if the current user may see it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<NeedDetails> details(long needId) {
        return needs.findById(needId).filter(this::visible).map(this::toDetails);
    }

    /** The need, or NOT_FOUND (also when the user may not see it). */
    @PreAuthorize("isAuthenticated()")
    public NeedDetails require(long needId) {
        return details(needId).orElseThrow(NeedException::notFound);
    }

    /** The institutions (current affiliations) and groups (current memberships) the user may post for. */
    @PreAuthorize("isAuthenticated()")
    public List<NeedBehalf> myBehalfChoices() {
        List<NeedBehalf> choices = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        people.myProfile().ifPresent(p -> p.current().stream()
                .filter(a -> seen.add(a.institutionId()))
                .forEach(a -> choices.add(new NeedBehalf(NeedBehalf.Kind.INSTITUTION, a.institutionId(),
                        a.institutionName()))));
        for (GroupSummary g : groups.myGroups()) {
            choices.add(new NeedBehalf(NeedBehalf.Kind.GROUP, g.id(), g.name()));
        }
        return choices;
    }

    // ------------------------------------------------------------------ writing

    /** Posts a need (OPEN) on behalf of one of the poster's institutions or groups. */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public NeedDetails create(NeedDraft draft) {
        long me = requirePerson();
        Valid valid = validate(draft, null);
        Instant now = clock.instant();
        Need need = new Need(me, now);
        apply(need, valid, now);
        need = needs.saveAndFlush(need);
        events.publishEvent(new NeedPosted(need.id(), need.title(), facets(need), need.institutionId(),
                need.groupId(), me));
        return toDetails(need);
    }

    /**
     * Edits a need (author, group facilitators, brokers, moderators). Changing on whose behalf it is
     * posted needs one of the editor's own institutions or groups; keeping it needs nothing.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NeedDetails update(long needId, NeedDraft draft) {
        Need need = editable(needId);
        Valid valid = validate(draft, need);
        Instant now = clock.instant();
        apply(need, valid, now);
        needs.flush();
        events.publishEvent(new NeedChanged(needId, need.status(), requirePerson()));
        return toDetails(need);
    }

    /** A broker claims an open need: IN_PROGRESS, claimed by them (CONFLICT if not open). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NeedDetails claim(long needId) {
        Need need = needs.findForUpdate(needId).filter(this::visible).orElseThrow(NeedException::notFound);
        if (!isBroker()) {
            throw NeedException.forbidden("needs.error.brokers-claim");
        }
        long me = requirePerson();
        if (need.status() == NeedStatus.IN_PROGRESS && Objects.equals(need.claimedByPersonId(), me)) {
            return toDetails(need);
        }
        if (need.status() != NeedStatus.OPEN) {
            throw NeedException.conflict("status", need.status() == NeedStatus.CLOSED ? "needs.error.closed"
                    : "needs.error.claimed");
        }
        need.claim(me, clock.instant());
        needs.flush();
        events.publishEvent(new NeedChanged(needId, need.status(), me));
        return toDetails(need);
    }

    /** Closes a need with an outcome and an optional note (author, facilitators, brokers, moderators). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NeedDetails close(long needId, NeedOutcome outcome, String note) {
        if (outcome == null) {
            throw NeedException.invalid("outcome", "needs.error.outcome-required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_OUTCOME_NOTE) {
            throw NeedException.invalid("outcomeNote", "needs.error.outcome-note-too-long", MAX_OUTCOME_NOTE);
        }
        if (text != null) {
            requireClean(text, "outcomeNote");
        }
        Need need = editable(needId);
        long me = requirePerson();
        if (need.status() == NeedStatus.CLOSED && need.outcome() == outcome && Objects.equals(need.outcomeNote(), text)) {
            return toDetails(need);
        }
        Instant now = clock.instant();
        need.close(outcome, text, now);
        if (isBroker() && me != need.authorPersonId()) {
            need.responded(now);
        }
        needs.flush();
        events.publishEvent(new NeedChanged(needId, need.status(), me));
        return toDetails(need);
    }

    /** Back to OPEN from in progress (the claim is released) or closed. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NeedDetails reopen(long needId) {
        Need need = editable(needId);
        if (need.status() != NeedStatus.OPEN) {
            need.reopen(clock.instant());
            needs.flush();
            events.publishEvent(new NeedChanged(needId, need.status(), requirePerson()));
        }
        return toDetails(need);
    }

    /**
     * Moves a need to {@code status}: IN_PROGRESS is a claim by the current broker, CLOSED needs
     * an {@code outcome}, OPEN reopens it. {@code outcome} and {@code note} only go with CLOSED.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NeedDetails changeStatus(long needId, NeedStatus status, NeedOutcome outcome, String note) {
        if (status == null) {
            throw NeedException.invalid("status", "needs.error.status-required");
        }
        if (status != NeedStatus.CLOSED && outcome != null) {
            throw NeedException.invalid("outcome", "needs.error.outcome-only-closed");
        }
        return switch (status) {
            case IN_PROGRESS -> claim(needId);
            case CLOSED -> close(needId, outcome, note);
            case OPEN -> reopen(needId);
        };
    }

    /** Mirrors a group's visibility on the needs posted for it (from {@code GroupChanged}). */
    @Transactional
    public void refreshGroupVisibility(long groupId) {
        GroupRef ref = groups.refsForIndex(List.of(groupId)).get(groupId);
        boolean hidden = ref == null || ref.visibility() == GroupVisibility.PRIVATE;
        needs.markGroupPrivate(groupId, hidden);
    }

    // ------------------------------------------------------------------ rules

    private record Valid(String title, String description, String forWhom, Long institutionId, Long groupId,
            boolean groupPrivate, Set<Need.FacetValue> facets, boolean onlineOk, LocalDate startsOn,
            LocalDate endsOn, int capacity) {
    }

    private Valid validate(NeedDraft draft, Need existing) {
        if (draft == null) {
            throw NeedException.invalid("title", "needs.error.title-length", MIN_TITLE, MAX_TITLE);
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.length() < MIN_TITLE || title.length() > MAX_TITLE) {
            throw NeedException.invalid("title", "needs.error.title-length", MIN_TITLE, MAX_TITLE);
        }
        requireClean(title, "title");
        if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
            throw NeedException.invalid("title", "needs.error.single-line");
        }
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.isEmpty()) {
            throw NeedException.invalid("description", "needs.error.description-required");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw NeedException.invalid("description", "needs.error.description-too-long", MAX_DESCRIPTION);
        }
        requireClean(description, "description");
        String forWhom = draft.forWhom() == null ? "" : draft.forWhom().strip();
        if (forWhom.isEmpty()) {
            throw NeedException.invalid("forWhom", "needs.error.for-whom-required");
        }
        if (forWhom.length() > MAX_FOR_WHOM) {
            throw NeedException.invalid("forWhom", "needs.error.for-whom-too-long", MAX_FOR_WHOM);
        }
        requireClean(forWhom, "forWhom");
        if (forWhom.indexOf('\n') >= 0 || forWhom.indexOf('\r') >= 0) {
            throw NeedException.invalid("forWhom", "needs.error.single-line");
        }

        // on behalf of exactly one institution or group of the poster
        Long institutionId = draft.institutionId();
        Long groupId = draft.groupId();
        if ((institutionId == null) == (groupId == null)) {
            throw NeedException.invalid(institutionId == null ? "institutionId" : "groupId",
                    "needs.error.behalf-exactly-one");
        }
        boolean unchanged = existing != null && Objects.equals(existing.institutionId(), institutionId)
                && Objects.equals(existing.groupId(), groupId);
        boolean groupPrivate = false;
        if (institutionId != null && !unchanged) {
            Set<Long> mine = people.myProfile().map(Profile::current).orElse(List.of()).stream()
                    .map(AffiliationSummary::institutionId).collect(java.util.stream.Collectors.toSet());
            if (!mine.contains(institutionId)) {
                throw NeedException.invalid("institutionId", "needs.error.not-my-institution");
            }
        }
        if (groupId != null) {
            if (!unchanged && !groups.myGroupIds().contains(groupId)) {
                throw NeedException.invalid("groupId", "needs.error.not-my-group");
            }
            GroupRef ref = groups.refsForIndex(List.of(groupId)).get(groupId);
            groupPrivate = ref == null || ref.visibility() == GroupVisibility.PRIVATE;
        }

        Set<Need.FacetValue> facets = new LinkedHashSet<>();
        for (NeedFacet facet : NeedFacet.values()) {
            Set<String> codes = draft.facets().getOrDefault(facet, Set.of());
            String field = facet.parameter();
            if (codes.size() > MAX_CODES) {
                throw NeedException.invalid(field, "needs.error.too-many-codes", MAX_CODES);
            }
            if (codes.stream().anyMatch(Objects::isNull)) {
                throw NeedException.invalid(field, "needs.error.unknown-code", "null", field);
            }
            try {
                vocabularies.requireActive(facet.vocabulary(), codes);
            } catch (UnknownTermException e) {
                throw NeedException.invalid(field, "needs.error.unknown-code", String.valueOf(e.code()), field);
            }
            codes.stream().sorted().forEach(c -> facets.add(new Need.FacetValue(facet.parameter(), c)));
        }
        if (draft.facets().getOrDefault(NeedFacet.ACTIVITY, Set.of()).isEmpty()) {
            throw NeedException.invalid("activity", "needs.error.activity-required");
        }
        if (!draft.onlineOk() && draft.facets().getOrDefault(NeedFacet.REGION, Set.of()).isEmpty()) {
            throw NeedException.invalid("region", "needs.error.region-required");
        }
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw NeedException.invalid("endsOn", "needs.error.ends-before-starts");
        }
        Integer capacity = draft.capacityNeeded();
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            throw NeedException.invalid("capacityNeeded", "needs.error.capacity", MAX_CAPACITY);
        }
        return new Valid(title, description, forWhom, institutionId, groupId, groupPrivate, facets,
                draft.onlineOk(), draft.startsOn(), draft.endsOn(), capacity);
    }

    private static void apply(Need need, Valid v, Instant now) {
        need.apply(v.title, v.description, v.forWhom, v.institutionId, v.groupId, v.groupPrivate, v.facets,
                v.onlineOk, v.startsOn, v.endsOn, v.capacity, now);
    }

    private void checkQuery(NeedQuery query) {
        if (query.text() != null && query.text().strip().length() > MAX_TEXT) {
            throw NeedException.invalid("q", "needs.error.text-too-long", MAX_TEXT);
        }
        query.filters().forEach((facet, codes) -> {
            for (String code : codes) {
                if (!vocabularies.isKnown(facet.vocabulary(), code)) {
                    throw NeedException.invalid(facet.parameter(), "needs.error.unknown-code", String.valueOf(code),
                            facet.parameter());
                }
            }
        });
    }

    private org.springframework.data.jpa.domain.Specification<Need> spec(NeedQuery query) {
        boolean privileged = isPrivileged();
        NeedSpecifications.Reader reader = new NeedSpecifications.Reader(privileged,
                people.myPersonId().orElse(null), privileged ? Set.of() : groups.myGroupIds());
        return NeedSpecifications.matching(reader, query.text(), query.statuses(), query.filters());
    }

    /** The visibility rule, checked live against the group (the column may lag a visibility change). */
    private boolean visible(Need need) {
        if (isPrivileged()) {
            return true;
        }
        boolean member = need.groupId() != null && groups.myGroupIds().contains(need.groupId());
        if (need.groupId() != null && !member) {
            GroupRef ref = groups.refsForIndex(List.of(need.groupId())).get(need.groupId());
            if (ref == null || ref.visibility() == GroupVisibility.PRIVATE) {
                return false;
            }
        }
        if (need.status() == NeedStatus.CLOSED) {
            return member || people.myPersonId().filter(me -> me == need.authorPersonId()).isPresent();
        }
        return true;
    }

    private boolean canEdit(Need need) {
        if (isPrivileged()) {
            return true;
        }
        Optional<Long> me = people.myPersonId();
        if (me.isEmpty()) {
            return false;
        }
        if (me.get() == need.authorPersonId()) {
            return true;
        }
        return need.groupId() != null && groups.facilitatorIds(need.groupId()).contains(me.get());
    }

    /** The need locked for writing: NOT_FOUND if invisible, FORBIDDEN if visible but not editable. */
    private Need editable(long needId) {
        Need need = needs.findForUpdate(needId).filter(this::visible).orElseThrow(NeedException::notFound);
        if (!canEdit(need)) {
            throw NeedException.forbidden("needs.error.not-allowed");
        }
        return need;
    }

    private long requirePerson() {
        return people.myPersonId().orElseThrow(() -> NeedException.forbidden("needs.error.no-profile"));
    }

    // ------------------------------------------------------------------ mapping

    /** Institution, group and person names, looked up once per request. */
    private final class Names {
        private final Map<Long, String> institutionNames = new java.util.HashMap<>();
        private final Map<Long, String> groupNames = new java.util.HashMap<>();
        private final Map<Long, String> personNames = new java.util.HashMap<>();

        NeedBehalf behalf(Need n) {
            if (n.institutionId() != null) {
                return new NeedBehalf(NeedBehalf.Kind.INSTITUTION, n.institutionId(), institutionNames
                        .computeIfAbsent(n.institutionId(), id -> institutions.find(id).map(InstitutionSummary::name)
                                .orElse("?")));
            }
            // the need is only shown to readers who may see it, and with it the group's name
            return new NeedBehalf(NeedBehalf.Kind.GROUP, n.groupId(), groupNames.computeIfAbsent(n.groupId(),
                    id -> Optional.ofNullable(groups.refsForIndex(List.of(id)).get(id)).map(GroupRef::name)
                            .orElse("?")));
        }

        String person(Long id) {
            return id == null ? null : personNames.computeIfAbsent(id,
                    p -> people.find(p).map(PersonSummary::displayName).orElse("?"));
        }
    }

    /** Summaries of needs already known to be visible to the reader (the brokers' queue). */
    List<NeedSummary> summaries(List<Need> found) {
        Names names = new Names();
        return found.stream().map(n -> toSummary(n, names)).toList();
    }

    private NeedSummary toSummary(Need n, Names names) {
        return new NeedSummary(n.id(), n.title(), n.status(), n.forWhom(), names.behalf(n), facets(n), n.onlineOk(),
                n.startsOn(), n.endsOn(), n.capacityNeeded(), n.authorPersonId(), n.claimedByPersonId(),
                n.createdAt(), n.lastResponseAt());
    }

    private NeedDetails toDetails(Need n) {
        Names names = new Names();
        boolean canEdit = canEdit(n);
        boolean canClaim = n.status() == NeedStatus.OPEN && isBroker() && people.myPersonId().isPresent();
        return new NeedDetails(n.id(), n.title(), n.description(), markdown.toHtml(n.description()), n.forWhom(),
                names.behalf(n), facets(n), n.onlineOk(), n.startsOn(), n.endsOn(), n.capacityNeeded(), n.status(),
                n.outcome(), n.outcomeNote(), n.claimedByPersonId(), names.person(n.claimedByPersonId()),
                n.claimedAt(), n.closedAt(), n.lastResponseAt(), n.authorPersonId(), names.person(n.authorPersonId()),
                n.createdAt(), n.updatedAt(), canEdit, canClaim);
    }

    static Map<NeedFacet, Set<String>> facets(Need need) {
        Map<NeedFacet, Set<String>> map = new EnumMap<>(NeedFacet.class);
        for (Need.FacetValue v : need.facets()) {
            NeedFacet facet = NeedFacet.fromParameter(v.facet());
            if (facet != null) {
                map.computeIfAbsent(facet, f -> new TreeSet<>()).add(v.code());
            }
        }
        map.replaceAll((f, codes) -> Collections.unmodifiableSet(codes));
        return Collections.unmodifiableMap(map);
    }

    private static void requireClean(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)));
            if (control || loneSurrogate || c == '\uFFFD') {
                throw NeedException.invalid(field, "needs.error.bad-characters");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean hasAny(Role... roles) {
        return CurrentUser.hasAnyRole(roles);
    }

    private static boolean isBroker() {
        return hasAny(Role.BROKER);
    }

    /** Brokers, moderators and admins see every need and may edit and close any. */
    private static boolean isPrivileged() {
        return hasAny(Role.BROKER, Role.MODERATOR, Role.ADMIN);
    }

    // ------------------------------------------------------------------ responses (matching)

    /**
     * Records that a broker responded to a visible need other than by claiming or closing it (an
     * introduction sent for it, from the matching feature): sets {@code lastResponseAt}. FORBIDDEN
     * for non-brokers; NOT_FOUND for needs the user may not see.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NeedDetails recordBrokerResponse(long needId) {
        Need need = needs.findForUpdate(needId).filter(this::visible).orElseThrow(NeedException::notFound);
        if (!isBroker()) {
            throw NeedException.forbidden("needs.error.not-allowed");
        }
        need.responded(clock.instant());
        needs.flush();
        events.publishEvent(new NeedChanged(needId, need.status(), requirePerson()));
        return toDetails(need);
    }
}
