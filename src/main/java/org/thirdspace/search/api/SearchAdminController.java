package org.thirdspace.search.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.search.ReindexAlreadyRunningException;
import org.thirdspace.search.ReindexStatus;
import org.thirdspace.search.SearchAdministration;

/** Full reindex for administrators: start it (202), poll it, 409 while one runs. */
@RestController
@RequestMapping("/api/v1/admin/search/reindex")
class SearchAdminController {

    private static final URI STATUS = URI.create("/api/v1/admin/search/reindex");

    private final SearchAdministration administration;

    SearchAdminController(SearchAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    ResponseEntity<ReindexStatus> start() {
        return ResponseEntity.accepted().location(STATUS).body(administration.reindexAll());
    }

    @GetMapping
    ReindexStatus status() {
        return administration.status();
    }

    @ExceptionHandler(ReindexAlreadyRunningException.class)
    ResponseEntity<ProblemDetail> running(ReindexAlreadyRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A reindex is already running; poll " + STATUS + " for its progress.");
        problem.setTitle("Reindex already running");
        problem.setProperty("reindex", e.status());
        return ResponseEntity.status(HttpStatus.CONFLICT).location(STATUS).body(problem);
    }
}
