package org.thirdspace.groups;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.people.PersonSummary;

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

    /** Handovers of a group, open ones first (members of the group). */
    public List<Handover> handovers(long groupId, boolean includeClosed) {
        throw new UnsupportedOperationException("handovers: handovers");
    }

    /** One handover: for the outgoing person, the nominee and the group's members. */
    public Handover handover(long handoverId) {
        throw new UnsupportedOperationException("handovers: handover");
    }

    /** Open handovers where the current user is the outgoing holder, the nominee or a facilitator. */
    @PreAuthorize("isAuthenticated()")
    public List<Handover> mine() {
        throw new UnsupportedOperationException("handovers: mine");
    }

    /**
     * Starts a handover of a seat by hand (the holder stepping down, or a facilitator): the
     * holder's assignment ends today and the seat is vacant until a successor accepts.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover start(long groupId, long seatId) {
        throw new UnsupportedOperationException("handovers: start");
    }

    /** Saves the note (outgoing person or facilitators) while the handover is not accepted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover saveNote(long handoverId, @Valid HandoverNote note) {
        throw new UnsupportedOperationException("handovers: saveNote");
    }

    /** People currently affiliated with the seat's institution who could take it over (not the outgoing person). */
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> successorCandidates(long handoverId) {
        throw new UnsupportedOperationException("handovers: successorCandidates");
    }

    /** Nominates a successor (outgoing person or facilitators); must be currently at the seat's institution. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover nominate(long handoverId, long successorPersonId) {
        throw new UnsupportedOperationException("handovers: nominate");
    }

    /** The nominee accepts and takes the seat. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover accept(long handoverId) {
        throw new UnsupportedOperationException("handovers: accept");
    }

    /** The nominee declines, with an optional reason; the handover is open again. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Handover decline(long handoverId, String reason) {
        throw new UnsupportedOperationException("handovers: decline");
    }
}
