package org.thirdspace.groups.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.GroupChanged;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.HistoryType;
import org.thirdspace.groups.Member;
import org.thirdspace.groups.MembershipChanged;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.AffiliationEnded;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;

/** Membership operations other parts of the module need (seats, handovers, warnings). No permission checks. */
@Component
@Transactional(readOnly = true)
public class Memberships {

    private final MembershipRepository memberships;
    private final GroupJoinRepository joins;
    private final GroupHistoryLog history;
    private final PeopleService people;
    private final InstitutionService institutions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Memberships(MembershipRepository memberships, GroupJoinRepository joins, GroupHistoryLog history,
            PeopleService people, InstitutionService institutions, ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.joins = joins;
        this.history = history;
        this.people = people;
        this.institutions = institutions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes the person a current member (role MEMBER) on behalf of the institution, unless they
     * are one already (then their role is kept; a personal membership gets the institution).
     * Records JOINED in the history with the actor and publishes MembershipChanged/GroupChanged.
     * An open request or invitation of the person for the group is closed as approved.
     */
    @Transactional
    public Member ensureMember(long groupId, long personId, Long institutionId, Long actor) {
        Optional<Membership> existing = memberships.findCurrent(groupId, personId);
        if (existing.isPresent()) {
            Membership m = existing.get();
            if (m.institutionId() == null && institutionId != null) {
                m.onBehalfOf(institutionId);
            }
            return toMember(m);
        }
        return toMember(join(groupId, personId, GroupRole.MEMBER, institutionId, actor));
    }

    /** Starts a new stint (the caller checked there is none), closing any open request/invitation. */
    @Transactional
    public Membership join(long groupId, long personId, GroupRole role, Long institutionId, Long actor) {
        joins.findOpen(groupId, personId).ifPresent(j -> j.decide(org.thirdspace.groups.JoinRequest.Status.APPROVED,
                actor, null, clock.instant()));
        Membership saved;
        try {
            saved = memberships.saveAndFlush(Membership.start(groupId, personId, role, institutionId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw GroupException.conflict("groups.error.already-member");
        }
        history.record(groupId, HistoryType.JOINED, actor, personId, institutionId, null, saved.id(), role.name());
        events.publishEvent(new MembershipChanged(groupId, personId, true));
        events.publishEvent(new GroupChanged(groupId));
        return saved;
    }

    /** Current members of a group (any role). */
    public List<Member> current(long groupId) {
        return memberships.findCurrentOf(groupId).stream().map(this::toMember).toList();
    }

    /** Current member ids of a group. */
    public List<Long> currentPersonIds(long groupId) {
        return memberships.currentPersonIds(groupId);
    }

    /** The person's current role in the group, or null. */
    public GroupRole roleOf(long groupId, long personId) {
        return memberships.findCurrent(groupId, personId).map(Membership::role).orElse(null);
    }

    Member toMember(Membership m) {
        String name = people.find(m.personId()).map(PersonSummary::displayName).orElse("");
        String institution = m.institutionId() == null ? null
                : institutions.find(m.institutionId()).map(InstitutionSummary::name).orElse(null);
        return m.toMember(name, institution);
    }

    /**
     * A member whose affiliation with the institution they represent ended stays a member, in a
     * personal capacity (their seats are handled by the handover process). An end announced for a
     * later day counts from the announcement, like the handover it starts.
     */
    @ApplicationModuleListener
    void on(AffiliationEnded ended) {
        for (Membership m : memberships.findCurrentOnBehalfOf(ended.personId(), ended.institutionId())) {
            m.onBehalfOf(null);
            history.record(m.groupId(), HistoryType.CAPACITY_CHANGED, null, m.personId(), ended.institutionId(),
                    null, m.id(), null);
            events.publishEvent(new GroupChanged(m.groupId()));
        }
    }
}
