package org.thirdspace.glossary.api;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.glossary.GlossaryException;

/**
 * RFC 9457 problems for the glossary API: {@link GlossaryException} as 400 (with
 * {@code errors: [{field, message}]}), 404 or 409, a localized {@code detail} and its message key
 * as {@code code}; unreadable bodies and parameters of the wrong type as 400. Authorisation (403)
 * is the shared API handler's.
 */
@RestControllerAdvice(basePackageClasses = GlossaryApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class GlossaryApiProblems {

    private final MessageSource messages;

    GlossaryApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GlossaryException.class)
    ProblemDetail glossary(GlossaryException ex) {
        return Problems.of(ex, messages);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
        return Problems.badParameter(ex, "glossary.api.error", messages);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        return Problems.unreadable(ex, "glossary.api.error", messages);
    }
}
