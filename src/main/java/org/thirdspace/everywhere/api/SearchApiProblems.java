package org.thirdspace.everywhere.api;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.everywhere.EverywhereException;
import org.thirdspace.shared.web.Problems;

/**
 * RFC 9457 problems for {@code /api/v1/search}: a bad parameter is a 400 with {@code parameter}
 * naming it (and {@code errors: [{field, message}]}), a page or size that is not a number too; a
 * search that cannot answer is a 503.
 */
@RestControllerAdvice(basePackageClasses = SearchApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class SearchApiProblems {

    /** The search of the requested type (or of every type) failed. */
    static class Unavailable extends RuntimeException {
        Unavailable() {
            super("search unavailable");
        }
    }

    private final MessageSource messages;

    SearchApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(EverywhereException.class)
    ProblemDetail invalid(EverywhereException ex) {
        ProblemDetail problem = Problems.of(ex, messages);
        if (ex.field() != null) {
            problem.setProperty("parameter", ex.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
        return Problems.badParameter(ex, "everywhere.api.error", messages);
    }

    @ExceptionHandler(Unavailable.class)
    ProblemDetail unavailable(Unavailable ex) {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "everywhere.error.unavailable",
                Problems.text(messages, "everywhere.error.unavailable"));
    }
}
