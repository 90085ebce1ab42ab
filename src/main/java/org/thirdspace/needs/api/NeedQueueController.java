package org.thirdspace.needs.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.needs.NeedQueue;
import org.thirdspace.needs.NeedQueuePage;

/** {@code GET /api/v1/needs/queue}: the brokers' queue of unanswered needs, longest waiting first. */
@RestController
@RequestMapping(path = "/api/v1/needs/queue", produces = MediaType.APPLICATION_JSON_VALUE)
class NeedQueueController {

    record QueuedJson(NeedsController.SummaryJson need, Instant waitingSince, long daysWaiting, boolean overdue) {
    }

    record QueueJson(long total, long overdue, int alertAfterDays, int page, int size, List<QueuedJson> items) {
    }

    private final NeedQueue queue;

    NeedQueueController(NeedQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    QueueJson queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        NeedQueuePage found = queue.unanswered(page, size);
        return new QueueJson(found.total(), found.overdue(), found.alertAfterDays(), found.page(), found.size(),
                found.items().stream().map(q -> new QueuedJson(NeedsController.SummaryJson.of(q.need()),
                        q.waitingSince(), q.daysWaiting(), q.overdue())).toList());
    }
}
