package org.thirdspace.needs.api;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.needs.NeedException;
import org.thirdspace.shared.web.Problems;

/**
 * RFC 9457 problems for the needs API: {@link NeedException} as 400 (with
 * {@code errors: [{field, message}]}, and {@code parameter} for a query parameter), 404, 409 or
 * 403 with a localized {@code detail} and its message key as {@code code}; unreadable bodies and
 * parameters of the wrong type as 400.
 */
@RestControllerAdvice(basePackageClasses = NeedApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class NeedApiProblems {

    /** Query parameters of the board, named as {@code parameter} when they are wrong. */
    static final Set<String> PARAMETERS = Set.of("q", "status", "page", "size", "activity", "subject", "phase",
            "region");

    private final MessageSource messages;

    NeedApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NeedException.class)
    ProblemDetail needs(NeedException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ex, messages);
        if (ex.kind() == NeedException.Kind.INVALID && "GET".equals(request.getMethod())
                && PARAMETERS.contains(ex.field())) {
            problem.setProperty("parameter", ex.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
        return Problems.badParameter(ex, "needs.api.error", messages);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        return Problems.unreadable(ex, "needs.api.error", messages);
    }
}
