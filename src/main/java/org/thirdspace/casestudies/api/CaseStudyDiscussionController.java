package org.thirdspace.casestudies.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.Comment;

/** The discussion of a case study: comments in Markdown ({@code html} is their sanitised rendering). */
@RestController
@RequestMapping(path = CaseStudiesController.BASE + "/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case studies")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class CaseStudyDiscussionController {

    /** A new comment: Markdown, at most {@link CaseStudyService#MAX_COMMENT} characters. */
    record NewComment(String markdown) {
    }

    private final CaseStudyService caseStudies;

    CaseStudyDiscussionController(CaseStudyService caseStudies) {
        this.caseStudies = caseStudies;
    }

    @GetMapping
    @Operation(summary = "The discussion, oldest first; removed comments keep their place without text")
    List<Comment> comments(@PathVariable long id) {
        return caseStudies.comments(id);
    }

    @GetMapping("/{commentId}")
    @Operation(summary = "One comment of the discussion")
    Comment comment(@PathVariable long id, @PathVariable long commentId) {
        return caseStudies.comments(id).stream().filter(c -> c.id() == commentId).findFirst()
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.api.error.comment-not-found"));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a comment (Markdown); answers 201 with it")
    ResponseEntity<Comment> add(@PathVariable long id, @RequestBody NewComment body) {
        Comment comment = caseStudies.addComment(id, body == null ? null : body.markdown());
        return ResponseEntity.created(URI.create(CaseStudiesController.BASE + "/" + id + "/comments/" + comment.id()))
                .body(comment);
    }

    @DeleteMapping("/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a comment (its author or a moderator); it keeps its place as removed")
    void delete(@PathVariable long id, @PathVariable long commentId) {
        caseStudies.deleteComment(id, commentId);
    }
}
