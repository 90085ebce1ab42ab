package org.thirdspace.security.web;

import io.swagger.v3.oas.annotations.Hidden;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers unknown {@code /api/**} paths with a 404 problem document. Without it, Vaadin's catch-all
 * mapping would serve the application page for them. More specific mappings always win over this one.
 */
@RestController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no API resource at this path.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
