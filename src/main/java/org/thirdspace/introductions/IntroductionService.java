package org.thirdspace.introductions;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.introductions.Introduction.Status;
import org.thirdspace.introductions.IntroductionException.Kind;
import org.thirdspace.introductions.internal.IntroductionRepository;
import org.thirdspace.introductions.internal.IntroductionRequest;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.people.Profile;

/**
 * Introductions between members: ask with a short message; the recipient accepts (both then
 * see each other's email) or declines (with an optional reason).
 */
@Service
@Transactional(readOnly = true)
public class IntroductionService {

    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_REASON = 500;

    private final IntroductionRepository introductions;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntroductionService(IntroductionRepository introductions, PeopleService people, ApplicationEventPublisher events,
            Clock clock) {
        this.introductions = introductions;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks to be introduced to a person.
     *
     * @throws IntroductionException INVALID for an empty or too long message or oneself, NOT_FOUND
     *         for an unknown or hidden person, CONFLICT when they do not accept introductions or a
     *         request is open already
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Introduction request(long personId, String message) {
        long me = myId();
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw new IntroductionException(Kind.INVALID, "introductions.error.message");
        }
        if (personId == me) {
            throw new IntroductionException(Kind.INVALID, "introductions.error.self");
        }
        Profile target = people.profile(personId)
                .orElseThrow(() -> new IntroductionException(Kind.NOT_FOUND, "introductions.error.unknown-person"));
        if (!target.contact().acceptIntroductions()) {
            throw new IntroductionException(Kind.CONFLICT, "introductions.error.not-accepting");
        }
        if (introductions.existsByRequesterIdAndRecipientIdAndStatus(me, personId, Status.OPEN)) {
            throw new IntroductionException(Kind.CONFLICT, "introductions.error.duplicate");
        }
        var saved = introductions.save(new IntroductionRequest(me, personId, text, clock.instant()));
        events.publishEvent(new IntroductionRequested(saved.id(), me, personId));
        return toRecord(saved);
    }

    /** Whether the current user may ask to be introduced to the person (for showing the button). */
    public boolean mayAsk(long personId) {
        var me = people.myPersonId();
        return me.isPresent() && me.get() != personId
                && people.profile(personId).map(p -> p.contact().acceptIntroductions()).orElse(false)
                && !introductions.existsByRequesterIdAndRecipientIdAndStatus(me.get(), personId, Status.OPEN);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Introduction accept(long introductionId) {
        IntroductionRequest request = openForMe(introductionId);
        request.accept(clock.instant());
        events.publishEvent(new IntroductionAnswered(request.id(), request.requesterId(), request.recipientId(), true));
        return toRecord(request);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Introduction decline(long introductionId, String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new IntroductionException(Kind.INVALID, "introductions.error.reason");
        }
        IntroductionRequest request = openForMe(introductionId);
        request.decline(reason, clock.instant());
        events.publishEvent(new IntroductionAnswered(request.id(), request.requesterId(), request.recipientId(), false));
        return toRecord(request);
    }

    /** The current user's introductions, incoming and outgoing, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Introduction> mine() {
        long me = myId();
        return introductions.findByRequesterIdOrRecipientIdOrderByCreatedAtDescIdDesc(me, me).stream()
                .map(this::toRecord).toList();
    }

    /** The current user's person id (views use it to tell incoming from outgoing). */
    public long myId() {
        return people.myPersonId()
                .orElseThrow(() -> new IntroductionException(Kind.NOT_FOUND, "introductions.error.no-profile"));
    }

    /**
     * A broker introduces a need's author ({@code requesterId}) to a suggested person: the
     * introduction is the author's request to that person, sent by the broker and linked to the
     * need; {@link IntroductionRequested} tells the recipient. Who may broker for which need is the
     * caller's rule (matching checks it); here only the introduction's own rules apply.
     *
     * @throws IntroductionException INVALID for an empty or too long message or the author
     *         themself, NOT_FOUND for an unknown or hidden person, CONFLICT when they do not accept
     *         introductions or the author has an open request to them already
     */
    @Transactional
    @PreAuthorize("hasRole('BROKER')")
    public NeedIntroduction broker(long needId, long requesterId, long recipientId, String message) {
        long me = myId();
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw new IntroductionException(Kind.INVALID, "introductions.error.message");
        }
        if (requesterId == recipientId) {
            throw new IntroductionException(Kind.INVALID, "introductions.error.self");
        }
        Profile target = people.profile(recipientId)
                .orElseThrow(() -> new IntroductionException(Kind.NOT_FOUND, "introductions.error.unknown-person"));
        if (!target.contact().acceptIntroductions()) {
            throw new IntroductionException(Kind.CONFLICT, "introductions.error.not-accepting");
        }
        if (introductions.existsByRequesterIdAndRecipientIdAndStatus(requesterId, recipientId, Status.OPEN)) {
            throw new IntroductionException(Kind.CONFLICT, "introductions.error.duplicate");
        }
        var saved = introductions.save(IntroductionRequest.brokered(requesterId, recipientId, text, needId, me,
                clock.instant()));
        events.publishEvent(new IntroductionRequested(saved.id(), requesterId, recipientId));
        return toNeedRecord(saved, new java.util.HashMap<>());
    }

    /** Introductions sent for a need, newest first (who may see them is the caller's rule). */
    @PreAuthorize("isAuthenticated()")
    public List<NeedIntroduction> forNeed(long needId) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        return introductions.findByNeedIdOrderByCreatedAtDescIdDesc(needId).stream()
                .map(r -> toNeedRecord(r, names)).toList();
    }

    private NeedIntroduction toNeedRecord(IntroductionRequest r, java.util.Map<Long, String> names) {
        long broker = r.brokeredByPersonId() == null ? r.requesterId() : r.brokeredByPersonId();
        return new NeedIntroduction(r.id(), r.needId(), r.requesterId(), names.computeIfAbsent(r.requesterId(), this::name),
                r.recipientId(), names.computeIfAbsent(r.recipientId(), this::name), broker,
                names.computeIfAbsent(broker, this::name), r.message(), r.status(), r.declineReason(), r.createdAt(),
                r.answeredAt());
    }

    private IntroductionRequest openForMe(long introductionId) {
        long me = myId();
        IntroductionRequest request = introductions.findById(introductionId)
                .filter(r -> r.recipientId() == me || r.requesterId() == me)
                .orElseThrow(() -> new IntroductionException(Kind.NOT_FOUND, "introductions.error.unknown"));
        if (request.recipientId() != me) {
            throw new org.springframework.security.access.AccessDeniedException("Only the recipient answers");
        }
        if (request.status() != Status.OPEN) {
            throw new IntroductionException(Kind.CONFLICT, "introductions.error.answered");
        }
        return request;
    }

    private Introduction toRecord(IntroductionRequest r) {
        boolean shared = r.status() == Status.ACCEPTED;
        return new Introduction(r.id(), r.requesterId(), name(r.requesterId()), r.recipientId(), name(r.recipientId()),
                r.message(), r.status(), r.declineReason(), r.createdAt(), r.answeredAt(),
                shared ? people.emailForSharing(r.requesterId()).orElse(null) : null,
                shared ? people.emailForSharing(r.recipientId()).orElse(null) : null);
    }

    private String name(long personId) {
        return people.find(personId).map(PersonSummary::displayName).orElse("");
    }
}
