package org.thirdspace.matching.api;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.matching.MatchingException;
import org.thirdspace.needs.NeedException;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.shared.web.Problems;

/**
 * RFC 9457 problems for the matches API: a bad weight or size is 400 naming it as
 * {@code parameter} (and in {@code errors}); a need the caller may not see 404; matches they may
 * not see 403; an unreachable search index 503.
 */
@RestControllerAdvice(basePackageClasses = MatchApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class MatchApiProblems {

    private final MessageSource messages;

    MatchApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MatchingException.class)
    ProblemDetail matching(MatchingException ex) {
        ProblemDetail problem = Problems.of(ex, messages);
        if (ex.field() != null && !"message".equals(ex.field()) && !"personId".equals(ex.field())) {
            problem.setProperty("parameter", ex.field());
        }
        return problem;
    }

    @ExceptionHandler(NeedException.class)
    ProblemDetail needs(NeedException ex) {
        return Problems.of(ex, messages);
    }

    @ExceptionHandler(SearchIndexException.class)
    ProblemDetail search(SearchIndexException ex) {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "matching.error.unavailable",
                Problems.text(messages, "matching.error.unavailable"));
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException ex) {
        return Problems.unreadable(ex, "matching.api.error", messages);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
        return Problems.badParameter(ex, "matching.api.error", messages);
    }
}
