package org.thirdspace.groups.api;

import static org.thirdspace.shared.web.RequestErrors.cause;
import static org.thirdspace.shared.web.RequestErrors.field;
import static org.thirdspace.shared.web.RequestErrors.jsonPath;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.groups.GroupException;
import org.thirdspace.search.SearchIndexException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * RFC 9457 problem documents for the groups API: a {@link GroupException} becomes 400 (with
 * {@code errors: [{field, message}]}), 404, 409 or 403 with a localized {@code detail} and its
 * message key as {@code code}; unreadable JSON and values Jackson cannot convert (an unknown
 * enum constant) 400 naming the field; constraint violations found by the services 400 with the
 * request's field names; a failed {@code If-Match} 412; a search outage 503. Everything else
 * (e.g. {@code @Valid} request bodies) is the shared API handler's.
 */
@RestControllerAdvice(basePackageClasses = GroupsApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class GroupsApiProblems {

    private static final Logger log = LoggerFactory.getLogger(GroupsApiProblems.class);

    /** One invalid field of a request. */
    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    GroupsApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GroupException.class)
    ProblemDetail group(GroupException ex) {
        return Problems.of(ex, messages);
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ProblemDetail preconditionFailed(PreconditionFailedException ex) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED,
                text("groups.api.error.precondition", ex.currentVersion()));
        problem.setProperty("code", "groups.api.error.precondition");
        problem.setProperty("currentETag", GroupsController.etag(ex.currentVersion()));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = cause(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("groups.api.error.malformed"));
            problem.setProperty("code", "groups.api.error.malformed");
            return problem;
        }
        String field = jsonPath(jackson.getPath());
        String message = text("groups.api.error.bad-value", field);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("code", "groups.api.error.bad-value");
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("groups.api.error.invalid"));
        problem.setProperty("code", "groups.api.error.invalid");
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList());
        return problem;
    }

    @ExceptionHandler(SearchIndexException.class)
    ProblemDetail searchUnavailable(SearchIndexException ex) {
        log.warn("Group search unavailable: {}", ex.getMessage());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, text("groups.api.error.search-unavailable"));
        problem.setProperty("code", "groups.api.error.search-unavailable");
        return problem;
    }




    private static ProblemDetail problem(HttpStatus status, String detail) {
        return Problems.problem(status, null, detail);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
