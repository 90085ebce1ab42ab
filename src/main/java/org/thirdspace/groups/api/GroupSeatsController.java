package org.thirdspace.groups.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.NewAssignment;
import org.thirdspace.groups.NewSeat;
import org.thirdspace.groups.Seat;
import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.groups.SeatService;

/** Role seats of a group and their dated assignments. */
@RestController
@RequestMapping(path = "/api/v1/groups/{id}/seats", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Group seats", description = "Named seats per owning institution, with dated holders and deputies")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class GroupSeatsController {

    record AssignmentEnd(LocalDate endedOn) {
    }

    private final SeatService seats;

    GroupSeatsController(SeatService seats) {
        this.seats = seats;
    }

    @GetMapping
    @Operation(summary = "Seats of a group with holder, deputy or last holder (retired seats last)")
    List<Seat> seats(@PathVariable long id) {
        return seats.seats(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a seat for one of the owning institutions (facilitators)")
    ResponseEntity<Seat> create(@PathVariable long id, @Valid @RequestBody NewSeat seat) {
        Seat created = seats.createSeat(id, seat);
        return ResponseEntity.created(URI.create("/api/v1/groups/" + id + "/seats/" + created.id())).body(created);
    }

    @GetMapping("/{seatId}")
    @Operation(summary = "One seat")
    Seat seat(@PathVariable long id, @PathVariable long seatId) {
        return seats.seats(id).stream().filter(s -> s.id() == seatId).findFirst()
                .orElseThrow(() -> GroupException.notFound("groups.api.error.seat-not-found"));
    }

    @PostMapping("/{seatId}/retire")
    @Operation(summary = "Retire a seat (facilitators): its assignments end and open handovers are cancelled")
    Seat retire(@PathVariable long id, @PathVariable long seatId) {
        return seats.retireSeat(id, seatId);
    }

    @GetMapping("/{seatId}/assignments")
    @Operation(summary = "Every assignment of a seat, newest first: the seat's history (members only)")
    List<SeatAssignment> history(@PathVariable long id, @PathVariable long seatId) {
        return seats.seatHistory(id, seatId);
    }

    @PostMapping(path = "/{seatId}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign a holder or deputy (facilitators)",
            description = "The person must currently work at the seat's institution; a current holder (or deputy) "
                    + "is replaced. A seat never has two current holders.")
    ResponseEntity<SeatAssignment> assign(@PathVariable long id, @PathVariable long seatId,
            @Valid @RequestBody NewAssignment assignment) {
        SeatAssignment created = seats.assign(id, seatId, assignment);
        return ResponseEntity.created(URI.create("/api/v1/groups/" + id + "/seats/" + seatId + "/assignments/"
                + created.id())).body(created);
    }

    @PostMapping("/{seatId}/assignments/{assignmentId}/end")
    @Operation(summary = "End an assignment (facilitators or the person themself); no handover starts")
    SeatAssignment end(@PathVariable long id, @PathVariable long seatId, @PathVariable long assignmentId,
            @RequestBody(required = false) AssignmentEnd end) {
        if (seats.seatHistory(id, seatId).stream().noneMatch(a -> a.id() == assignmentId)) {
            throw GroupException.notFound("groups.api.error.assignment-not-found");
        }
        return seats.endAssignment(id, assignmentId, end == null ? null : end.endedOn());
    }
}
