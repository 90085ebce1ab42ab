package org.thirdspace.groups.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.Meeting;
import org.thirdspace.groups.NewMeeting;
import org.thirdspace.groups.NewSelfReview;
import org.thirdspace.groups.PartnershipRecord;
import org.thirdspace.groups.PartnershipRecordService;
import org.thirdspace.groups.SelfReview;

/** The partnership record (stage, model level, self-reviews and their chart) and the meetings log. */
@RestController
@RequestMapping(path = "/api/v1/groups/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Group record", description = "Self-reviews on the ten core components, and meetings")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class GroupRecordController {

    static final String SVG = "image/svg+xml";

    private final PartnershipRecordService records;

    GroupRecordController(PartnershipRecordService records) {
        this.records = records;
    }

    @GetMapping("/reviews")
    @Operation(summary = "The partnership record: stage, model level, self-reviews newest first, next review due")
    PartnershipRecord record(@PathVariable long id) {
        return records.record(id);
    }

    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a self-review (facilitators): each of the ten core components scored 1 to 4 once")
    ResponseEntity<SelfReview> addReview(@PathVariable long id, @Valid @RequestBody NewSelfReview review) {
        SelfReview created = records.addReview(id, review);
        return ResponseEntity.created(URI.create("/api/v1/groups/" + id + "/reviews/" + created.id())).body(created);
    }

    @GetMapping("/reviews/{reviewId:\\d+}")
    @Operation(summary = "One self-review")
    SelfReview review(@PathVariable long id, @PathVariable long reviewId) {
        return records.record(id).reviews().stream().filter(r -> r.id() == reviewId).findFirst()
                .orElseThrow(() -> GroupException.notFound("groups.api.error.review-not-found"));
    }

    @GetMapping(path = "/reviews/chart.svg", produces = {SVG, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "SVG chart comparing the latest self-review with earlier ones (204 when there is none)",
            description = "Labelled in the language of Accept-Language.")
    ResponseEntity<String> chart(@PathVariable long id) {
        String svg = records.reviewChartSvg(id, LocaleContextHolder.getLocale());
        if (svg == null || svg.isBlank()) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SVG))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(svg);
    }

    @GetMapping("/meetings")
    @Operation(summary = "The meetings and events log, newest first (members only)")
    List<Meeting> meetings(@PathVariable long id) {
        return records.meetings(id);
    }

    @PostMapping(path = "/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log a meeting or event (members)")
    ResponseEntity<Meeting> addMeeting(@PathVariable long id, @Valid @RequestBody NewMeeting meeting) {
        Meeting created = records.addMeeting(id, meeting);
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }
}
