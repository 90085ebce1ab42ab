package org.thirdspace.groups.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.Handover;
import org.thirdspace.groups.HandoverNote;
import org.thirdspace.groups.HandoverService;
import org.thirdspace.people.PersonSummary;

/** Handovers of a group's seats: the note, the nominated successor and their answer. */
@RestController
@RequestMapping(path = "/api/v1/groups/{id}/handovers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Group handovers", description = "When a seat holder moves on: note, successor, acceptance")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class GroupHandoversController {

    record Start(@NotNull Long seatId) {
    }

    record Nomination(@NotNull Long personId) {
    }

    record Decline(@Size(max = 500) String reason) {
    }

    private final HandoverService handovers;

    GroupHandoversController(HandoverService handovers) {
        this.handovers = handovers;
    }

    @GetMapping
    @Operation(summary = "Handovers of a group, open ones first (members only); closed=false leaves out finished ones")
    List<Handover> list(@PathVariable long id, @RequestParam(name = "closed", defaultValue = "true") boolean closed) {
        return handovers.handovers(id, closed);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a handover of a seat (its holder stepping down, or a facilitator)",
            description = "The holder's assignment ends today; the seat is vacant until a successor accepts.")
    ResponseEntity<Handover> start(@PathVariable long id, @Valid @RequestBody Start start) {
        Handover started = handovers.start(id, start.seatId());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + id + "/handovers/" + started.id())).body(started);
    }

    @GetMapping("/{handoverId}")
    @Operation(summary = "One handover, with its note and what the caller may do")
    Handover get(@PathVariable long id, @PathVariable long handoverId) {
        return inGroup(id, handoverId);
    }

    @PutMapping(path = "/{handoverId}/note", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the handover note (outgoing holder or facilitators), each section Markdown")
    Handover saveNote(@PathVariable long id, @PathVariable long handoverId, @Valid @RequestBody HandoverNote note) {
        inGroup(id, handoverId);
        return handovers.saveNote(handoverId, note);
    }

    @GetMapping("/{handoverId}/candidates")
    @Operation(summary = "People currently at the seat's institution who could take the seat over")
    List<PersonSummary> candidates(@PathVariable long id, @PathVariable long handoverId) {
        inGroup(id, handoverId);
        return handovers.successorCandidates(handoverId);
    }

    @PostMapping(path = "/{handoverId}/nominate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nominate a successor from the seat's institution")
    Handover nominate(@PathVariable long id, @PathVariable long handoverId, @Valid @RequestBody Nomination nomination) {
        inGroup(id, handoverId);
        return handovers.nominate(handoverId, nomination.personId());
    }

    @PostMapping("/{handoverId}/accept")
    @Operation(summary = "The nominee accepts and takes the seat")
    Handover accept(@PathVariable long id, @PathVariable long handoverId) {
        inGroup(id, handoverId);
        return handovers.accept(handoverId);
    }

    @PostMapping("/{handoverId}/decline")
    @Operation(summary = "The nominee declines, with an optional reason; the handover is open again")
    Handover decline(@PathVariable long id, @PathVariable long handoverId,
            @Valid @RequestBody(required = false) Decline decline) {
        inGroup(id, handoverId);
        return handovers.decline(handoverId, decline == null ? null : decline.reason());
    }

    /** The handover, if it belongs to the group (404 otherwise, as for one the caller may not see). */
    private Handover inGroup(long groupId, long handoverId) {
        Handover handover = handovers.handover(handoverId);
        if (handover.groupId() != groupId) {
            throw GroupException.notFound("groups.api.error.handover-not-found");
        }
        return handover;
    }
}
