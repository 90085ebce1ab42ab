package org.thirdspace.gaps.api;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.gaps.GapException;

/**
 * RFC 9457 problems for the gap-board API: {@link GapException} as 400 (with
 * {@code errors: [{field, message}]}, and {@code parameter} for a query parameter), 404, 409 or 403, a localized {@code detail} and its message key
 * as {@code code}; unreadable bodies and parameters of the wrong type as 400. Authorisation (403)
 * is the shared API handler's.
 */
@RestControllerAdvice(basePackageClasses = GapApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class GapApiProblems {

    /** Query parameters of the board, named as {@code parameter} when they are wrong. */
    private static final java.util.Set<String> PARAMETERS = java.util.Set.of("q", "status", "page", "size", "sector",
            "phase", "region", "activity", "subject");

    private final MessageSource messages;

    GapApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GapException.class)
    ProblemDetail gaps(GapException ex) {
        ProblemDetail problem = Problems.of(ex, messages);
        if (ex.kind() == GapException.Kind.INVALID && PARAMETERS.contains(ex.field())) {
            problem.setProperty("parameter", ex.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
        return Problems.badParameter(ex, "gaps.api.error", messages);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        return Problems.unreadable(ex, "gaps.api.error", messages);
    }
}
