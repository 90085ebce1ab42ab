package org.thirdspace.moderation.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.moderation.ActionResult;
import org.thirdspace.moderation.FlagReceipt;
import org.thirdspace.moderation.ModerationActionType;
import org.thirdspace.moderation.ModerationNotice;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.moderation.QueuePage;

/**
 * The moderation API: {@code POST /api/v1/flags} (any signed-in member),
 * {@code GET /api/v1/moderation/queue} and {@code POST /api/v1/moderation/actions} (moderators
 * and admins; 403 for everyone else) and {@code GET /api/v1/moderation/notices} (the caller's own).
 */
@RestController
class ModerationController {

    /** {@code {"target": "forum-post:42", "reason": "SPAM", "text": "..."}}; reason as text for a clear 400. */
    record FlagBody(String target, String reason, String text) {
    }

    /**
     * {@code {"target": "forum-post:42", "action": "HIDE", "message": "..."}}; for EDIT also
     * {@code "text"}: the new content (for a forum post, its Markdown).
     */
    record ActionBody(String target, ModerationActionType action, String message, String text) {
    }

    private final ModerationService moderation;

    ModerationController(ModerationService moderation) {
        this.moderation = moderation;
    }

    @PostMapping(path = "/api/v1/flags", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FlagReceipt> flag(@RequestBody FlagBody body) {
        FlagReceipt receipt = moderation.flag(body.target(), body.reason(), body.text());
        return ResponseEntity.created(URI.create("/api/v1/flags/" + receipt.id())).body(receipt);
    }

    @GetMapping(path = "/api/v1/moderation/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    QueuePage queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return moderation.queue(page, size);
    }

    @PostMapping(path = "/api/v1/moderation/actions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ActionResult act(@RequestBody ActionBody body) {
        return moderation.act(body.target(), body.action(), body.message(), body.text());
    }

    @GetMapping(path = "/api/v1/moderation/notices", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ModerationNotice> notices() {
        return moderation.myNotices();
    }
}
