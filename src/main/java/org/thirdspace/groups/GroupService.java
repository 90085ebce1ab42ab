package org.thirdspace.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.groups.internal.Group;
import org.thirdspace.groups.internal.GroupAccess;
import org.thirdspace.groups.internal.GroupHistoryLog;
import org.thirdspace.groups.internal.GroupHistoryRecord;
import org.thirdspace.groups.internal.GroupHistoryRepository;
import org.thirdspace.groups.internal.GroupJoin;
import org.thirdspace.groups.internal.GroupJoinRepository;
import org.thirdspace.groups.internal.GroupRepository;
import org.thirdspace.groups.internal.GroupSeat;
import org.thirdspace.groups.internal.GroupSeatRepository;
import org.thirdspace.groups.internal.GroupTerm;
import org.thirdspace.groups.internal.Membership;
import org.thirdspace.groups.internal.MembershipRepository;
import org.thirdspace.groups.internal.Memberships;
import org.thirdspace.groups.internal.NameLookup;
import org.thirdspace.groups.internal.ReviewSchedule;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.shared.Region;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Groups and their membership: create and edit, visibility, join requests and invitations,
 * leaving, roles, and the group timeline. Every read answers as the current user may see it:
 * a group the user may not see is reported as not found ({@link GroupException.Kind#NOT_FOUND}).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class GroupService {

    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_NOTE = 500;
    private static final int EXCERPT = 220;

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final GroupJoinRepository joins;
    private final GroupHistoryRepository historyRecords;
    private final GroupHistoryLog history;
    private final GroupAccess access;
    private final Memberships membershipOps;
    private final PeopleService people;
    private final InstitutionService institutions;
    private final Vocabularies vocabularies;
    private final MarkdownRenderer markdown;
    private final GroupSeatRepository seats;
    private final ReviewSchedule reviewSchedule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupService(GroupRepository groups, MembershipRepository memberships, GroupJoinRepository joins,
            GroupHistoryRepository historyRecords, GroupHistoryLog history, GroupAccess access,
            Memberships membershipOps, PeopleService people, InstitutionService institutions,
            Vocabularies vocabularies, MarkdownRenderer markdown, GroupSeatRepository seats,
            ReviewSchedule reviewSchedule, ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.joins = joins;
        this.historyRecords = historyRecords;
        this.history = history;
        this.access = access;
        this.membershipOps = membershipOps;
        this.people = people;
        this.institutions = institutions;
        this.vocabularies = vocabularies;
        this.markdown = markdown;
        this.seats = seats;
        this.reviewSchedule = reviewSchedule;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ groups

    /** Creates a group; the current user becomes its facilitator. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails create(@Valid GroupDraft draft) {
        long me = access.requireMe();
        validate(draft, null);
        if (draft.parentId() != null && !access.isCurrentMember(draft.parentId(), me)) {
            throw GroupException.invalid("parentId", "groups.error.unknown-parent");
        }
        Long onBehalfOf = draft.onBehalfOfInstitutionId();
        if (onBehalfOf != null && !currentlyAt(me, onBehalfOf)) {
            throw GroupException.invalid("onBehalfOfInstitutionId", "groups.error.not-your-institution");
        }
        Group group = groups.saveAndFlush(Group.create(draft, me, clock.instant(), today()));
        history.record(group.id(), HistoryType.GROUP_CREATED, me, null, null, null, null, group.name());
        membershipOps.join(group.id(), me, GroupRole.FACILITATOR, onBehalfOf, me);
        events.publishEvent(new GroupChanged(group.id()));
        return toDetails(group);
    }

    /**
     * Changes a group (facilitators). {@code expectedVersion}, when given, must match the current
     * version (CONFLICT otherwise). Owners cannot be removed while they still have seats.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails update(long groupId, @Valid GroupDraft draft, Long expectedVersion) {
        long me = access.requireManager(groupId);
        Group group = groups.findForUpdate(groupId).orElseThrow(() -> GroupException.notFound("groups.error.not-found"));
        if (expectedVersion != null && expectedVersion != group.version()) {
            throw GroupException.conflict("groups.error.stale");
        }
        validate(draft, group);
        if (draft.parentId() != null && !Objects.equals(draft.parentId(), group.parentId())
                && !access.isCurrentMember(draft.parentId(), me)) {
            throw GroupException.invalid("parentId", "groups.error.unknown-parent");
        }
        for (Long removed : group.institutionIds()) {
            if (!draft.institutionIds().contains(removed)
                    && seats.findActiveByGroup(groupId).stream().anyMatch(seat -> seat.institutionId() == removed)) {
                throw GroupException.invalid("institutionIds", "groups.error.owner-has-seats");
            }
        }
        ModelLevel levelBefore = group.modelLevel();
        group.apply(draft, clock.instant());
        history.record(groupId, HistoryType.GROUP_UPDATED, me, null, null, null, null, null);
        if (draft.modelLevel() != null && draft.modelLevel() != levelBefore) {
            history.record(groupId, HistoryType.MODEL_LEVEL_CHANGED, me, null, null, null, null,
                    draft.modelLevel().name());
        }
        groups.flush();
        events.publishEvent(new GroupChanged(groupId));
        return toDetails(group);
    }

    /** The group, if the current user may see it. */
    public Optional<GroupDetails> details(long groupId) {
        return groups.findById(groupId).filter(access::canSee).map(this::toDetails);
    }

    /** The group or NOT_FOUND. */
    public GroupDetails require(long groupId) {
        return details(groupId).orElseThrow(() -> GroupException.notFound("groups.error.not-found"));
    }

    /** What the current user may do; {@link GroupPermissions#VISITOR} for anonymous users. */
    public GroupPermissions permissions(long groupId) {
        return access.permissions(groupId);
    }

    /** Whether the current user may see the group at all. */
    public boolean canSee(long groupId) {
        return access.canSee(groupId);
    }

    /** The current user's current groups, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<GroupSummary> myGroups() {
        Optional<Long> me = access.myPersonId();
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> ids = memberships.findCurrentOfPerson(me.get()).stream().map(Membership::groupId).toList();
        return summaries(ids).stream().sorted(Comparator.comparing(GroupSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Ids of the groups the current user belongs to now (empty for visitors): one query, for
     * search filters of other features that must respect private groups.
     */
    public Set<Long> myGroupIds() {
        return access.myPersonId().map(me -> memberships.findCurrentOfPerson(me).stream().map(Membership::groupId)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /**
     * Name, kind and visibility of groups whoever asks, by id (unknown ids absent): for other
     * features' search indexes, which hold private groups' items too and filter by the visibility
     * at search time. Never show these to users directly.
     */
    public Map<Long, GroupRef> refsForIndex(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return groups.findAllById(Set.copyOf(groupIds)).stream()
                .collect(Collectors.toMap(Group::id, this::toRef));
    }

    /**
     * Which of the given people may see a group (not the current user's view: for telling others,
     * e.g. mentions and watchers of a group forum). PUBLIC and MEMBERS_ONLY groups: all of them
     * (they are community members); PRIVATE: current members and people with an open invitation.
     * An unknown group: nobody.
     */
    public Set<Long> whoMaySee(long groupId, Collection<Long> personIds) {
        Optional<Group> group = groups.findById(groupId);
        if (group.isEmpty() || personIds.isEmpty()) {
            return Set.of();
        }
        if (group.get().visibility() != GroupVisibility.PRIVATE) {
            return Set.copyOf(personIds);
        }
        Set<Long> members = new java.util.HashSet<>(memberships.currentPersonIds(groupId));
        return personIds.stream().filter(p -> members.contains(p) || access.isInvited(groupId, p))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Groups a person currently belongs to, as far as the current user may see them (for profiles). */
    public List<GroupRef> groupsOf(long personId) {
        List<Long> ids = memberships.findCurrentOfPerson(personId).stream().map(Membership::groupId).toList();
        return groups.findAllById(ids).stream().filter(access.visibleToMe())
                .sorted(Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER)).map(this::toRef).toList();
    }

    /** Summaries of the given groups the current user may see, in the given order. */
    public List<GroupSummary> summaries(List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Group> byId = groups.findAllById(groupIds).stream().filter(access.visibleToMe())
                .collect(Collectors.toMap(Group::id, Function.identity()));
        Map<Long, Long> counts = memberCounts(byId.keySet());
        Map<Long, OwnerInstitution> owners = new HashMap<>();
        List<GroupSummary> result = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(groupIds)) {
            Group g = byId.get(id);
            if (g != null) {
                result.add(toSummary(g, counts.getOrDefault(id, 0L).intValue(), owners));
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ membership

    /**
     * Person ids of the group's current facilitators and co-facilitators, for notifications
     * (issue 8): no permission check on the caller, so not for the UI.
     */
    public List<Long> facilitatorIds(long groupId) {
        return access.managerPersonIds(groupId);
    }

    /**
     * Members of a visible group: current ones first (facilitators first, then by name), then
     * former ones (newest leaving first) when {@code includeFormer}. Visible to whoever may see the
     * group; former members only to current members. Non-members do not see people whose profile
     * is hidden from them.
     */
    public List<Member> members(long groupId, boolean includeFormer) {
        access.requireVisible(groupId);
        boolean member = access.isMember(groupId);
        NameLookup names = new NameLookup(people, institutions);
        List<Member> result = new ArrayList<>();
        memberships.findCurrentOf(groupId).stream()
                .filter(m -> member || people.profile(m.personId()).isPresent())
                .map(m -> m.toMember(names.name(m.personId()), names.institution(m.institutionId())))
                .sorted(Comparator.comparing((Member m) -> m.role().ordinal())
                        .thenComparing(Member::displayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(result::add);
        if (includeFormer && member) {
            memberships.findFormerOf(groupId).stream()
                    .map(m -> m.toMember(names.name(m.personId()), names.institution(m.institutionId())))
                    .forEach(result::add);
        }
        return result;
    }

    /**
     * Asks to join a group with join policy REQUEST (CONFLICT when a request is open or already a
     * member). {@code institutionId}: on behalf of one of the user's current institutions, or null.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest requestToJoin(long groupId, String message, Long institutionId) {
        long me = access.requireMe();
        Group group = access.visibleGroup(groupId);
        String text = checkText(message, MAX_MESSAGE, "message", "groups.error.message-too-long");
        if (group.stage() == Stage.CLOSED) {
            throw GroupException.conflict("groups.error.closed");
        }
        if (access.isCurrentMember(groupId, me)) {
            throw GroupException.conflict("groups.error.already-member");
        }
        Optional<GroupJoin> open = joins.findOpen(groupId, me);
        if (open.isPresent()) {
            throw GroupException.conflict("groups.error.request-open");
        }
        if (group.joinPolicy() == JoinPolicy.INVITATION) {
            throw GroupException.conflict("groups.error.invitation-only");
        }
        if (institutionId != null && !currentlyAt(me, institutionId)) {
            throw GroupException.invalid("institutionId", "groups.error.not-your-institution");
        }
        GroupJoin saved = saveJoin(GroupJoin.open(groupId, me, JoinRequest.Kind.REQUEST, text, institutionId, null,
                clock.instant()));
        history.record(groupId, HistoryType.JOIN_REQUESTED, me, me, institutionId, null, saved.id(), null);
        events.publishEvent(new JoinRequested(groupId, saved.id(), me));
        return toRequest(saved, group);
    }

    /** Withdraws the current user's own open request. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest withdraw(long requestId) {
        long me = access.requireMe();
        GroupJoin join = joins.findById(requestId)
                .filter(j -> j.personId() == me && j.isOpen() && j.kind() == JoinRequest.Kind.REQUEST)
                .orElseThrow(() -> GroupException.notFound("groups.error.request-not-found"));
        join.decide(JoinRequest.Status.WITHDRAWN, me, null, clock.instant());
        return toRequest(join, groups.findById(join.groupId()).orElseThrow());
    }

    /**
     * Facilitators invite a person (CONFLICT when already a member or invited). When the person
     * has asked to join already, the invitation approves their request instead.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest invite(long groupId, long personId, String message, Long institutionId) {
        long me = access.requireManager(groupId);
        Group group = access.visibleGroup(groupId);
        String text = checkText(message, MAX_MESSAGE, "message", "groups.error.message-too-long");
        if (people.find(personId).isEmpty()) {
            throw GroupException.invalid("personId", "groups.error.unknown-person");
        }
        if (group.stage() == Stage.CLOSED) {
            throw GroupException.conflict("groups.error.closed");
        }
        if (access.isCurrentMember(groupId, personId)) {
            throw GroupException.conflict("groups.error.already-member");
        }
        if (institutionId != null && !currentlyAt(personId, institutionId)) {
            throw GroupException.invalid("institutionId", "groups.error.not-their-institution");
        }
        Optional<GroupJoin> open = joins.findOpen(groupId, personId);
        if (open.isPresent()) {
            if (open.get().kind() == JoinRequest.Kind.REQUEST) {
                return approve(open.get().id());
            }
            throw GroupException.conflict("groups.error.request-open");
        }
        GroupJoin saved = saveJoin(GroupJoin.open(groupId, personId, JoinRequest.Kind.INVITATION, text,
                institutionId, me, clock.instant()));
        history.record(groupId, HistoryType.INVITED, me, personId, institutionId, null, saved.id(), null);
        events.publishEvent(new MemberInvited(groupId, saved.id(), personId, me));
        return toRequest(saved, group);
    }

    /** Facilitators approve a join request: the person becomes a member. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest approve(long requestId) {
        GroupJoin join = openJoin(requestId, JoinRequest.Kind.REQUEST);
        long me = access.requireManager(join.groupId());
        Group group = groups.findById(join.groupId()).orElseThrow();
        if (group.stage() == Stage.CLOSED) {
            throw GroupException.conflict("groups.error.closed");
        }
        if (access.isCurrentMember(join.groupId(), join.personId())) {
            join.decide(JoinRequest.Status.APPROVED, me, null, clock.instant());
        } else {
            membershipOps.join(join.groupId(), join.personId(), GroupRole.MEMBER, stillAt(join), me);
        }
        events.publishEvent(new JoinRequestAnswered(join.groupId(), join.id(), join.personId(), true));
        return toRequest(join, group);
    }

    /** Facilitators decline a join request, with an optional note to the person. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest decline(long requestId, String note) {
        GroupJoin join = openJoin(requestId, JoinRequest.Kind.REQUEST);
        long me = access.requireManager(join.groupId());
        String text = checkText(note, MAX_NOTE, "note", "groups.error.note-too-long");
        join.decide(JoinRequest.Status.DECLINED, me, text, clock.instant());
        history.record(join.groupId(), HistoryType.JOIN_DECLINED, me, join.personId(), null, null, join.id(), null);
        events.publishEvent(new JoinRequestAnswered(join.groupId(), join.id(), join.personId(), false));
        return toRequest(join, groups.findById(join.groupId()).orElseThrow());
    }

    /** The invited person accepts: they become a member. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest acceptInvitation(long invitationId) {
        long me = access.requireMe();
        GroupJoin join = openJoin(invitationId, JoinRequest.Kind.INVITATION);
        if (join.personId() != me) {
            throw GroupException.notFound("groups.error.request-not-found");
        }
        Group group = groups.findById(join.groupId()).orElseThrow();
        if (group.stage() == Stage.CLOSED) {
            throw GroupException.conflict("groups.error.closed");
        }
        membershipOps.join(join.groupId(), me, GroupRole.MEMBER, stillAt(join), me);
        return toRequest(join, group);
    }

    /** The invited person declines. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public JoinRequest declineInvitation(long invitationId, String note) {
        long me = access.requireMe();
        GroupJoin join = openJoin(invitationId, JoinRequest.Kind.INVITATION);
        if (join.personId() != me) {
            throw GroupException.notFound("groups.error.request-not-found");
        }
        String text = checkText(note, MAX_NOTE, "note", "groups.error.note-too-long");
        join.decide(JoinRequest.Status.DECLINED, me, text, clock.instant());
        history.record(join.groupId(), HistoryType.INVITATION_DECLINED, me, me, null, null, join.id(), null);
        return toRequest(join, groups.findById(join.groupId()).orElseThrow());
    }

    /** Open join requests and invitations of a group (facilitators). */
    @PreAuthorize("isAuthenticated()")
    public List<JoinRequest> openRequests(long groupId) {
        access.requireManager(groupId);
        Group group = groups.findById(groupId).orElseThrow();
        return joins.findOpenOf(groupId).stream().map(j -> toRequest(j, group)).toList();
    }

    /** The current user's open invitations and own open requests. */
    @PreAuthorize("isAuthenticated()")
    public List<JoinRequest> myOpenRequests() {
        Optional<Long> me = access.myPersonId();
        if (me.isEmpty()) {
            return List.of();
        }
        return joins.findOpenOfPerson(me.get()).stream()
                .map(j -> toRequest(j, groups.findById(j.groupId()).orElseThrow())).toList();
    }

    /**
     * The current user leaves the group. Their seat assignments in it end (reason LEFT_GROUP).
     * The last facilitator cannot leave while other members remain (CONFLICT): hand the role on first.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void leave(long groupId) {
        long me = access.requireMember(groupId);
        Membership membership = memberships.findCurrent(groupId, me).orElseThrow();
        if (membership.role() == GroupRole.FACILITATOR && isLastFacilitator(groupId, me)
                && memberships.countCurrent(groupId) > 1) {
            throw GroupException.conflict("groups.error.last-facilitator");
        }
        end(membership, Membership.EndReason.LEFT, HistoryType.LEFT, me, null);
    }

    /** Facilitators remove a member, with a reason kept in the history. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long groupId, long personId, String reason) {
        long me = access.requireManager(groupId);
        String text = checkText(reason, MAX_NOTE, "reason", "groups.error.note-too-long");
        if (personId == me) {
            throw GroupException.invalid("personId", "groups.error.remove-self");
        }
        Membership membership = memberships.findCurrent(groupId, personId)
                .orElseThrow(() -> GroupException.notFound("groups.error.not-a-member"));
        if (membership.role() == GroupRole.FACILITATOR && access.myPersonId().isPresent()
                && membershipOps.roleOf(groupId, me) != GroupRole.FACILITATOR) {
            throw GroupException.forbidden("groups.error.facilitator-only");
        }
        end(membership, Membership.EndReason.REMOVED, HistoryType.REMOVED, me, text);
    }

    /**
     * Facilitators change a member's role (co-facilitators cannot grant or take away the
     * facilitator role); the last facilitator cannot be demoted.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Member changeRole(long groupId, long personId, GroupRole role) {
        long me = access.requireManager(groupId);
        if (role == null) {
            throw GroupException.invalid("role", "groups.error.role");
        }
        Membership membership = memberships.findCurrent(groupId, personId)
                .orElseThrow(() -> GroupException.notFound("groups.error.not-a-member"));
        boolean touchesFacilitator = role == GroupRole.FACILITATOR || membership.role() == GroupRole.FACILITATOR;
        if (touchesFacilitator && membershipOps.roleOf(groupId, me) != GroupRole.FACILITATOR) {
            throw GroupException.forbidden("groups.error.facilitator-only");
        }
        if (membership.role() == GroupRole.FACILITATOR && role != GroupRole.FACILITATOR
                && isLastFacilitator(groupId, personId)) {
            throw GroupException.conflict("groups.error.last-facilitator");
        }
        if (membership.role() != role) {
            membership.changeRole(role);
            history.record(groupId, HistoryType.ROLE_CHANGED, me, personId, membership.institutionId(), null,
                    membership.id(), role.name());
        }
        return membershipOps.current(groupId).stream().filter(m -> m.personId() == personId).findFirst()
                .orElseThrow();
    }

    // ------------------------------------------------------------------ timeline

    /**
     * The group's timeline, newest first, filtered by type when {@code types} is not empty
     * (members only; FORBIDDEN for others who can see the group).
     */
    public List<HistoryEntry> history(long groupId, Set<HistoryType> types, int offset, int limit) {
        access.requireMember(groupId);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw GroupException.invalid("limit", "groups.error.paging");
        }
        boolean all = types == null || types.isEmpty();
        List<GroupHistoryRecord> records;
        if (offset % limit == 0) {
            Pageable page = PageRequest.of(offset / limit, limit);
            records = all ? historyRecords.findOfGroup(groupId, page) : historyRecords.findOfGroup(groupId, types, page);
        } else {
            Pageable page = PageRequest.of(0, offset + limit);
            List<GroupHistoryRecord> upTo = all ? historyRecords.findOfGroup(groupId, page)
                    : historyRecords.findOfGroup(groupId, types, page);
            records = upTo.subList(Math.min(offset, upTo.size()), upTo.size());
        }
        return toEntries(records);
    }

    public long historyCount(long groupId, Set<HistoryType> types) {
        access.requireMember(groupId);
        return types == null || types.isEmpty() ? historyRecords.countOfGroup(groupId)
                : historyRecords.countOfGroup(groupId, types);
    }

    /** Other features add to a group's timeline (forum posts, case studies). */
    @ApplicationModuleListener
    void on(GroupActivity activity) {
        if (groups.existsById(activity.groupId())) {
            history.recordActivity(activity.groupId(), activity.actorPersonId(), activity.refId(), activity.detail(),
                    activity.kind());
        }
    }

    // ------------------------------------------------------------------ helpers

    private void validate(GroupDraft draft, Group existing) {
        List<Long> ids = draft.institutionIds();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw GroupException.invalid("institutionIds", "groups.error.duplicate-owner");
        }
        for (Long id : ids) {
            if (id == null || institutions.find(id).isEmpty()) {
                throw GroupException.invalid("institutionIds", "groups.error.unknown-institution", id);
            }
        }
        if (ids.size() < draft.kind().minimumOwners()) {
            throw GroupException.invalid("institutionIds", "groups.error.owners-too-few");
        }
        requireTerms(Vocabulary.ACTIVITY_TYPE, draft.activities(), "activities");
        requireTerms(Vocabulary.PHASE, draft.phases(), "phases");
        for (String region : draft.regions()) {
            try {
                Region.fromCode(region);
            } catch (IllegalArgumentException e) {
                throw GroupException.invalid("regions", "groups.error.unknown-region", region);
            }
        }
        if (draft.parentId() != null) {
            if (!access.canSee(draft.parentId())) {
                throw GroupException.invalid("parentId", "groups.error.unknown-parent");
            }
            if (existing != null) {
                Long cursor = draft.parentId();
                Set<Long> seen = new HashSet<>();
                while (cursor != null && seen.add(cursor)) {
                    if (cursor == existing.id()) {
                        throw GroupException.invalid("parentId", "groups.error.parent-cycle");
                    }
                    cursor = groups.findById(cursor).map(Group::parentId).orElse(null);
                }
            }
        }
    }

    private void requireTerms(Vocabulary vocabulary, Set<String> codes, String field) {
        try {
            vocabularies.requireActive(vocabulary, codes);
        } catch (UnknownTermException e) {
            throw GroupException.invalid(field, "groups.error.unknown-term", e.code());
        }
    }

    private boolean currentlyAt(long personId, long institutionId) {
        return people.find(personId).map(p -> p.current().stream().anyMatch(a -> a.institutionId() == institutionId))
                .orElse(false);
    }

    /** The institution of a request or invitation if the person still works there, else null. */
    private Long stillAt(GroupJoin join) {
        return join.institutionId() != null && currentlyAt(join.personId(), join.institutionId())
                ? join.institutionId() : null;
    }

    private boolean isLastFacilitator(long groupId, long personId) {
        return memberships.findCurrentOf(groupId).stream()
                .noneMatch(m -> m.role() == GroupRole.FACILITATOR && m.personId() != personId);
    }

    private void end(Membership membership, Membership.EndReason reason, HistoryType type, long actor, String detail) {
        membership.end(reason, clock.instant());
        memberships.flush();
        history.record(membership.groupId(), type, actor, membership.personId(), membership.institutionId(), null,
                membership.id(), detail);
        // seat assignments of the person in this group end in the same transaction (seats listen)
        events.publishEvent(new MembershipChanged(membership.groupId(), membership.personId(), false));
        events.publishEvent(new GroupChanged(membership.groupId()));
    }

    private GroupJoin openJoin(long id, JoinRequest.Kind kind) {
        return joins.findById(id).filter(j -> j.isOpen() && j.kind() == kind)
                .orElseThrow(() -> GroupException.notFound("groups.error.request-not-found"));
    }

    private GroupJoin saveJoin(GroupJoin join) {
        try {
            return joins.saveAndFlush(join);
        } catch (DataIntegrityViolationException e) {
            throw GroupException.conflict("groups.error.request-open");
        }
    }

    private static String checkText(String text, int max, String field, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw GroupException.invalid(field, key);
        }
        return stripped;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<Long, Long> memberCounts(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return memberships.countCurrentByGroup(groupIds).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private List<OwnerInstitution> owners(Group group, Map<Long, OwnerInstitution> cache) {
        List<OwnerInstitution> result = new ArrayList<>();
        for (Long id : group.institutionIds()) {
            OwnerInstitution owner = cache.computeIfAbsent(id, i -> institutions.find(i)
                    .map(s -> new OwnerInstitution(s.id(), s.name(), s.sector())).orElse(null));
            if (owner != null) {
                result.add(owner);
            }
        }
        return result;
    }

    private GroupRef toRef(Group g) {
        return new GroupRef(g.id(), g.name(), g.kind(), g.visibility());
    }

    private GroupSummary toSummary(Group g, int memberCount, Map<Long, OwnerInstitution> ownerCache) {
        return new GroupSummary(g.id(), g.kind(), g.name(), excerpt(g.purposeMarkdown()), g.visibility(), g.stage(),
                g.modelLevel(), g.parentId(), owners(g, ownerCache), g.codes(GroupTerm.ACTIVITY),
                g.codes(GroupTerm.REGION), memberCount);
    }

    /** Plain-text start of a Markdown text for lists. */
    static String excerpt(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String plain = markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[#*_>`|~]+", " ")
                .replaceAll("\\s+", " ").strip();
        if (plain.length() <= EXCERPT) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', EXCERPT);
        return plain.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).strip() + "\u2026";
    }

    private GroupDetails toDetails(Group g) {
        Map<Long, OwnerInstitution> ownerCache = new HashMap<>();
        GroupRef parent = g.parentId() == null ? null
                : groups.findById(g.parentId()).filter(access::canSee).map(this::toRef).orElse(null);
        List<GroupRef> subgroups = groups.findAllById(groups.subgroupIds(g.id())).stream().filter(access.visibleToMe())
                .sorted(Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER)).map(this::toRef).toList();
        // the creator's name only where the viewer may see their profile (or is in the group)
        String creator = g.createdByPersonId() == null ? null
                : access.isMember(g.id()) ? people.find(g.createdByPersonId()).map(PersonSummary::displayName).orElse(null)
                : people.profile(g.createdByPersonId()).map(org.thirdspace.people.Profile::displayName).orElse(null);
        return new GroupDetails(g.id(), g.kind(), g.name(), g.purposeMarkdown(), markdown.toHtml(g.purposeMarkdown()),
                g.normsMarkdown(), markdown.toHtml(g.normsMarkdown()), g.visibility(), g.joinPolicy(), parent,
                subgroups, owners(g, ownerCache), g.codes(GroupTerm.ACTIVITY), g.codes(GroupTerm.PHASE),
                g.codes(GroupTerm.REGION), g.stage(), g.stageChangedOn(), g.closureReason(), g.modelLevel(),
                g.createdAt(), creator, (int) memberships.countCurrent(g.id()), reviewSchedule.dueOn(g), g.version(),
                access.permissions(g.id()));
    }

    private JoinRequest toRequest(GroupJoin j, Group group) {
        NameLookup names = new NameLookup(people, institutions);
        return new JoinRequest(j.id(), j.groupId(), group.name(), j.personId(), names.name(j.personId()),
                j.kind(), j.message(), j.institutionId(), names.institution(j.institutionId()),
                names.name(j.invitedByPersonId()), j.status(), j.createdAt(), j.decidedAt(),
                names.name(j.decidedByPersonId()), j.decisionNote());
    }

    private List<HistoryEntry> toEntries(List<GroupHistoryRecord> records) {
        NameLookup names = new NameLookup(people, institutions);
        Set<Long> seatIds = records.stream().map(GroupHistoryRecord::seatId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> seatTitles = seats.findAllById(seatIds).stream()
                .collect(Collectors.toMap(GroupSeat::id, GroupSeat::title));
        return records.stream().map(r -> new HistoryEntry(r.id(), r.groupId(), r.type(), r.occurredAt(),
                r.actorPersonId(), names.name(r.actorPersonId()), r.subjectPersonId(),
                names.name(r.subjectPersonId()), r.institutionId(), names.institution(r.institutionId()), r.seatId(),
                r.seatId() == null ? null : seatTitles.get(r.seatId()), r.refId(), r.detail(), r.activityKind())).toList();
    }
}
