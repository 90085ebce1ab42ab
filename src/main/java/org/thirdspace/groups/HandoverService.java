package org.thirdspace.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.groups.Handover.HandoverPermissions;
import org.thirdspace.groups.Handover.Status;
import org.thirdspace.groups.SeatAssignment.EndReason;
import org.thirdspace.groups.SeatAssignment.Kind;
import org.thirdspace.groups.internal.Assignment;
import org.thirdspace.groups.internal.AssignmentRepository;
import org.thirdspace.groups.internal.Group;
import org.thirdspace.groups.internal.GroupAccess;
import org.thirdspace.groups.internal.GroupHistoryLog;
import org.thirdspace.groups.internal.GroupRepository;
import org.thirdspace.groups.internal.GroupSeat;
import org.thirdspace.groups.internal.GroupSeatRepository;
import org.thirdspace.groups.internal.HandoverProperties;
import org.thirdspace.groups.internal.Membership;
import org.thirdspace.groups.internal.MembershipRepository;
import org.thirdspace.groups.internal.NameLookup;
import org.thirdspace.groups.internal.SeatAssigner;
import org.thirdspace.groups.internal.SeatHandover;
import org.thirdspace.groups.internal.SeatHandoverRepository;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.AffiliationEnded;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.people.Profile;
import org.thirdspace.people.Visibility;

/**
 * Handovers of seats. One starts automatically when a holder's affiliation with the seat's
 * institution ends ({@link org.thirdspace.people.AffiliationEnded}), or by hand when a holder
 * steps down. The outgoing holder, or a facilitator when the holder is gone, writes the note and
 * nominates a successor currently at that institution; the successor accepts (takes the seat,
 * becomes a member on behalf of the institution, is introduced to the group's contacts) or declines.
 * The outgoing person stays a member in a personal capacity unless they leave.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class HandoverService {

    private static final Logger log = LoggerFactory.getLogger(HandoverService.class);

    /** Longest decline reason. */
    public static final int MAX_REASON = 500;

    private final GroupAccess access;
    private final GroupRepository groups;
    private final GroupSeatRepository seats;
    private final AssignmentRepository assignments;
    private final SeatHandoverRepository handovers;
    private final MembershipRepository memberships;
    private final SeatAssigner assigner;
    private final GroupHistoryLog history;
    private final PeopleService people;
    private final InstitutionService institutions;
    private final IntroductionService introductions;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;
    private final HandoverProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    HandoverService(GroupAccess access, GroupRepository groups, GroupSeatRepository seats,
            AssignmentRepository assignments, SeatHandoverRepository handovers, MembershipRepository memberships,
            SeatAssigner assigner, GroupHistoryLog history, PeopleService people, InstitutionService institutions,
            IntroductionService introductions, MarkdownRenderer markdown, MessageSource messages,
            HandoverProperties properties, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.access = access;
        this.groups = groups;
        this.seats = seats;
        this.assignments = assignments;
        this.handovers = handovers;
        this.memberships = memberships;
        this.assigner = assigner;
        this.history = history;
        this.people = people;
        this.institutions = institutions;
        this.introductions = introductions;
        this.markdown = markdown;
        this.messages = messages;
        this.properties = properties;
        this.events = events;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** Handovers of a group, open ones first (members of the group). */
    public List<Handover> handovers(long groupId, boolean includeClosed) {
        long me = access.requireMember(groupId);
        boolean manager = access.isManager(groupId);
        var names = new NameLookup(people, institutions);
        return handovers.findByGroup(groupId).stream()
                .filter(h -> includeClosed || h.active())
                .sorted(Comparator.comparing((SeatHandover h) -> !h.active()))
                .map(h -> toRecord(h, names, me, manager))
                .toList();
    }

    /** One handover: for the outgoing person, the nominee and the group's members. */
    public Handover handover(long handoverId) {
        SeatHandover h = visible(handoverId);
        long me = access.requireMe();
        return toRecord(h, new NameLookup(people, institutions), me, access.isManager(h.groupId()));
    }

    /** Open handovers where the current user is the outgoing holder, the nominee or a facilitator. */
    @PreAuthorize("isAuthenticated()")
    public List<Handover> mine() {
        long me = access.requireMe();
        List<Long> managed = memberships.findCurrentOfPerson(me).stream()
                .filter(m -> m.role().manages()).map(Membership::groupId).toList();
        var names = new NameLookup(people, institutions);
        return handovers.findActiveConcerning(me, managed.isEmpty() ? List.of(-1L) : managed).stream()
                .map(h -> toRecord(h, names, me, managed.contains(h.groupId())))
                .toList();
    }

    /** People currently affiliated with the seat's institution who could take it over (not the outgoing person). */
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> successorCandidates(long handoverId) {
        SeatHandover h = visible(handoverId);
        requireMayManage(h);
        LocalDate today = LocalDate.now(clock);
        return people.personIdsAffiliatedWith(h.institutionId()).stream()
                .filter(id -> id != h.outgoingPersonId())
                .map(people::profileForIndex).flatMap(Optional::stream)
                .filter(p -> candidate(p, h.institutionId(), today))
                .map(p -> new PersonSummary(p.personId(), p.accountId(), p.displayName(), p.headline(),
                        p.affiliations()))
                .sorted(Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // ------------------------------------------------------------------ changing

    /**
     * Starts a handover of a seat by hand (the holder stepping down, or a facilitator): the
     * holder's assignment ends today and the seat is vacant until a successor accepts.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public Handover start(long groupId, long seatId) {
        access.requireVisible(groupId);
        long me = access.requireMe();
        GroupSeat seat = assigner.lockSeat(groupId, seatId);
        if (seat.retired()) {
            throw GroupException.conflict("groups.seats.error.retired");
        }
        LocalDate today = LocalDate.now(clock);
        Assignment holder = assignments.findOpen(seat.id(), Kind.HOLDER).filter(a -> a.current(today))
                .orElse(null);
        boolean manager = access.isManager(groupId);
        if (holder == null || holder.personId() != me) {
            if (!manager) {
                access.requireMember(groupId);
                throw GroupException.forbidden("groups.handovers.error.not-allowed");
            }
        }
        if (holder == null) {
            throw GroupException.conflict("groups.handovers.error.no-holder");
        }
        if (!handovers.findActiveBySeat(seat.id()).isEmpty()) {
            throw GroupException.conflict("groups.handovers.error.already-open");
        }
        assigner.end(seat, holder, today, EndReason.STEPPED_DOWN, me);
        SeatHandover opened = open(seat, holder, me);
        events.publishEvent(new GroupChanged(groupId));
        return toRecord(opened, new NameLookup(people, institutions), me, manager);
    }

    /** Saves the note (outgoing person or facilitators) while the handover is not accepted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover saveNote(long handoverId, @Valid HandoverNote note) {
        SeatHandover h = visible(handoverId);
        long me = requireMayManage(h);
        requireActive(h);
        HandoverNote text = note == null ? HandoverNote.EMPTY : note;
        checkSection("liveAgreements", text.liveAgreements());
        checkSection("partnerContacts", text.partnerContacts());
        checkSection("openIssues", text.openIssues());
        checkSection("yearlyCalendar", text.yearlyCalendar());
        checkSection("other", text.other());
        var now = clock.instant();
        // one timeline entry per writing session, not one per save
        boolean newSession = h.noteUpdatedAt() == null || !Objects.equals(h.noteUpdatedByPersonId(), me)
                || h.noteUpdatedAt().isBefore(now.minus(java.time.Duration.ofHours(1)));
        h.writeNote(text, me, now);
        if (newSession) {
            history.record(h.groupId(), HistoryType.HANDOVER_NOTE_WRITTEN, me, h.outgoingPersonId(),
                    h.institutionId(), h.seatId(), h.id(), null);
        }
        return toRecord(h, new NameLookup(people, institutions), me, access.isManager(h.groupId()));
    }

    /** Nominates a successor (outgoing person or facilitators); must be currently at the seat's institution. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover nominate(long handoverId, long successorPersonId) {
        SeatHandover h = visible(handoverId);
        long me = requireMayManage(h);
        requireActive(h);
        var names = new NameLookup(people, institutions);
        LocalDate today = LocalDate.now(clock);
        boolean fits = successorPersonId != h.outgoingPersonId()
                && people.profileForIndex(successorPersonId).filter(p -> candidate(p, h.institutionId(), today))
                        .isPresent();
        if (!fits) {
            throw GroupException.invalid("successorPersonId", "groups.handovers.error.not-candidate",
                    names.institution(h.institutionId()));
        }
        h.nominate(successorPersonId, me, clock.instant());
        history.record(h.groupId(), HistoryType.HANDOVER_NOMINATED, me, successorPersonId, h.institutionId(),
                h.seatId(), h.id(), null);
        events.publishEvent(new HandoverNominated(h.groupId(), h.id(), successorPersonId));
        return toRecord(h, names, me, access.isManager(h.groupId()));
    }

    /** The nominee accepts and takes the seat. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public Handover accept(long handoverId) {
        SeatHandover h = visible(handoverId);
        long me = requireNominee(h);
        var names = new NameLookup(people, institutions);
        LocalDate today = LocalDate.now(clock);
        if (!names.worksAt(me, h.institutionId(), today)) {
            throw GroupException.conflict("groups.handovers.error.no-longer-at", names.institution(h.institutionId()));
        }
        GroupSeat seat = assigner.lockSeat(h.groupId(), h.seatId());
        if (seat.retired()) {
            throw GroupException.conflict("groups.handovers.error.closed");
        }
        assigner.assign(seat, me, Kind.HOLDER, today, me);
        h.accept(clock.instant());
        history.record(h.groupId(), HistoryType.HANDOVER_ACCEPTED, me, me, h.institutionId(), h.seatId(), h.id(),
                null);
        events.publishEvent(new HandoverAccepted(h.groupId(), h.id(), me));
        Handover accepted = toRecord(h, names, me, access.isManager(h.groupId()));
        introduceAfterCommit(accepted, LocaleContextHolder.getLocale());
        return accepted;
    }

    /** The nominee declines, with an optional reason; the handover is open again. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover decline(long handoverId, String reason) {
        SeatHandover h = visible(handoverId);
        long me = requireNominee(h);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > MAX_REASON) {
            throw GroupException.invalid("reason", "groups.handovers.error.reason-too-long", MAX_REASON);
        }
        h.decline(text);
        history.record(h.groupId(), HistoryType.HANDOVER_DECLINED, me, me, h.institutionId(), h.seatId(), h.id(),
                text);
        return toRecord(h, new NameLookup(people, institutions), me, access.isManager(h.groupId()));
    }

    // ------------------------------------------------------------------ affiliations ending

    /**
     * A person stopped working at an institution: every seat they hold for it in any group ends on
     * the affiliation's end date and a handover opens for it; their deputy places end too (no
     * handover). Nothing ends while another affiliation with the same institution goes on.
     * Delivered again after a failure, it does not open a second handover.
     */
    @ApplicationModuleListener
    void on(AffiliationEnded ended) {
        LocalDate today = LocalDate.now(clock);
        var names = new NameLookup(people, institutions);
        boolean stillThere = names.person(ended.personId()).map(p -> p.affiliations().stream()
                .anyMatch(a -> a.id() != ended.affiliationId() && a.institutionId() == ended.institutionId()
                        && !a.startedOn().isAfter(ended.endedOn())
                        && (a.endedOn() == null || a.endedOn().isAfter(ended.endedOn()))))
                .orElse(false);
        if (stillThere) {
            return;
        }
        Map<Long, Boolean> changedGroups = new LinkedHashMap<>();
        for (Assignment a : assignments.findOpenOfPersonForInstitution(ended.personId(), ended.institutionId())) {
            if (a.endReason() == EndReason.AFFILIATION_ENDED) {
                continue;
            }
            GroupSeat seat = seats.findForUpdate(a.seatId()).orElseThrow();
            if (seat.retired()) {
                continue;
            }
            boolean wasCurrent = a.current(today);
            LocalDate end = a.endedOn() != null && a.endedOn().isBefore(ended.endedOn()) ? a.endedOn()
                    : ended.endedOn();
            assigner.end(seat, a, end, EndReason.AFFILIATION_ENDED, null);
            if (a.kind() == Kind.HOLDER && wasCurrent && handovers.findActiveBySeat(seat.id()).isEmpty()
                    && handovers.findByAssignmentId(a.id()).isEmpty()) {
                open(seat, a, null);
            }
            changedGroups.put(seat.groupId(), true);
        }
        changedGroups.keySet().forEach(groupId -> events.publishEvent(new GroupChanged(groupId)));
    }

    // ------------------------------------------------------------------ helpers

    private SeatHandover open(GroupSeat seat, Assignment holder, Long actor) {
        LocalDate today = LocalDate.now(clock);
        SeatHandover saved = handovers.save(new SeatHandover(seat.groupId(), seat.id(), holder.id(),
                seat.institutionId(), holder.personId(), clock.instant(),
                today.plusDays(properties.handoverDueDays())));
        history.record(seat.groupId(), HistoryType.HANDOVER_STARTED, actor, holder.personId(), seat.institutionId(),
                seat.id(), saved.id(), null);
        events.publishEvent(new HandoverStarted(seat.groupId(), saved.id(), seat.id(), holder.personId()));
        return saved;
    }

    /**
     * The handover if the current user may see it: its outgoing person and nominee always, the
     * group's current members otherwise (NOT_FOUND for a group they cannot see, else FORBIDDEN).
     */
    private SeatHandover visible(long handoverId) {
        SeatHandover h = handovers.findById(handoverId)
                .orElseThrow(() -> GroupException.notFound("groups.handovers.error.not-found"));
        Optional<Long> me = access.myPersonId();
        boolean involved = me.isPresent()
                && (me.get() == h.outgoingPersonId() || me.get().equals(h.successorPersonId()));
        if (!involved) {
            try {
                access.requireMember(h.groupId());
            } catch (GroupException e) {
                throw e.kind() == GroupException.Kind.NOT_FOUND
                        ? GroupException.notFound("groups.handovers.error.not-found") : e;
            }
        }
        return h;
    }

    /** The outgoing person or a facilitator; returns the user's person id. */
    private long requireMayManage(SeatHandover h) {
        long me = access.requireMe();
        if (me != h.outgoingPersonId() && !access.isManager(h.groupId())) {
            throw GroupException.forbidden("groups.handovers.error.not-allowed");
        }
        return me;
    }

    private long requireNominee(SeatHandover h) {
        long me = access.requireMe();
        if (!Objects.equals(h.successorPersonId(), me)) {
            throw GroupException.forbidden("groups.handovers.error.not-nominee");
        }
        if (h.status() != Status.NOMINATED) {
            throw GroupException.conflict("groups.handovers.error.not-nominated");
        }
        return me;
    }

    private static void requireActive(SeatHandover h) {
        if (!h.active()) {
            throw GroupException.conflict("groups.handovers.error.closed");
        }
    }

    private static void checkSection(String field, String markdownText) {
        if (markdownText != null && markdownText.strip().length() > 4000) {
            throw GroupException.invalid(field, "groups.handovers.error.section-too-long", 4000);
        }
    }

    /** Currently at the institution, and not hiding their profile. */
    private static boolean candidate(Profile p, long institutionId, LocalDate today) {
        return p.visibility() != Visibility.HIDDEN && p.affiliations().stream()
                .anyMatch(a -> a.institutionId() == institutionId && NameLookup.currentOn(a, today));
    }

    private Handover toRecord(SeatHandover h, NameLookup names, long me, boolean manager) {
        LocalDate today = LocalDate.now(clock);
        Group group = groups.findById(h.groupId()).orElseThrow();
        GroupSeat seat = seats.findById(h.seatId()).orElseThrow();
        HandoverNote note = h.note();
        HandoverNote html = new HandoverNote(html(note.liveAgreements()), html(note.partnerContacts()),
                html(note.openIssues()), html(note.yearlyCalendar()), html(note.other()));
        boolean mayManage = h.active() && (me == h.outgoingPersonId() || manager);
        var permissions = new HandoverPermissions(mayManage, mayManage,
                h.status() == Status.NOMINATED && Objects.equals(h.successorPersonId(), me));
        return new Handover(h.id(), h.groupId(), group.name(), h.seatId(), seat.title(), h.institutionId(),
                names.institution(h.institutionId()), h.outgoingPersonId(), names.name(h.outgoingPersonId()),
                h.status(), note, html, h.noteUpdatedAt(), names.name(h.noteUpdatedByPersonId()),
                h.successorPersonId(), names.name(h.successorPersonId()), h.openedAt(), h.dueOn(), h.overdue(today),
                h.nominatedAt(), h.acceptedAt(), h.declinedReason(), contacts(h, names, today), permissions);
    }

    /** Current holders and deputies of the group's other seats (not the outgoing person nor the nominee). */
    private List<HandoverContact> contacts(SeatHandover h, NameLookup names, LocalDate today) {
        List<GroupSeat> others = seats.findActiveByGroup(h.groupId()).stream()
                .filter(s -> s.id() != h.seatId()).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        Map<Long, GroupSeat> byId = others.stream().collect(Collectors.toMap(GroupSeat::id, s -> s));
        List<HandoverContact> contacts = new ArrayList<>();
        assignments.findOpenOfSeats(byId.keySet()).stream()
                .filter(a -> a.current(today))
                .filter(a -> a.personId() != h.outgoingPersonId() && !Objects.equals(a.personId(), h.successorPersonId()))
                .sorted(Comparator.comparing(Assignment::seatId).thenComparing(Assignment::kind))
                .forEach(a -> {
                    GroupSeat s = byId.get(a.seatId());
                    contacts.add(new HandoverContact(a.personId(), names.name(a.personId()), s.title(),
                            names.institution(s.institutionId())));
                });
        return List.copyOf(contacts);
    }

    private String html(String md) {
        return md == null ? null : markdown.toHtml(md);
    }

    /**
     * Once the acceptance is committed, the successor asks to be introduced to each contact who
     * accepts introductions, each request in its own transaction: one refused request (they do not
     * accept introductions, hide their profile, or a request is open already) is skipped.
     */
    private void introduceAfterCommit(Handover accepted, Locale locale) {
        List<Long> recipients = accepted.contacts().stream().map(HandoverContact::personId).distinct().toList();
        if (recipients.isEmpty()) {
            return;
        }
        String message = messages.getMessage("groups.handovers.introduction",
                new Object[] {accepted.seatTitle(), accepted.institutionName(), accepted.groupName(),
                        accepted.outgoingName()}, locale);
        String text = message.length() > IntroductionService.MAX_MESSAGE
                ? message.substring(0, IntroductionService.MAX_MESSAGE) : message;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (long recipient : recipients) {
                    try {
                        separateTransaction.executeWithoutResult(status -> {
                            if (introductions.mayAsk(recipient)) {
                                introductions.request(recipient, text);
                            }
                        });
                    } catch (RuntimeException e) {
                        log.info("Handover {}: no introduction to person {} ({})", accepted.id(), recipient,
                                e.getMessage());
                    }
                }
            }
        });
    }
}
