package org.thirdspace.glossary.api;

import static org.thirdspace.shared.web.RequestErrors.cause;
import static org.thirdspace.shared.web.RequestErrors.jsonPath;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.glossary.GlossaryException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * RFC 9457 problems for the glossary API: {@link GlossaryException} as 400 (with
 * {@code errors: [{field, message}]}), 404 or 409, a localized {@code detail} and its message key
 * as {@code code}; unreadable bodies and parameters of the wrong type as 400. Authorisation (403)
 * is the shared API handler's.
 */
@RestControllerAdvice(basePackageClasses = GlossaryApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class GlossaryApiProblems {

    record FieldProblem(String field, String message) {
    }

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
        String detail = text("glossary.api.error.bad-parameter", ex.getName());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail, "glossary.api.error.bad-parameter");
        problem.setProperty("parameter", ex.getName());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = cause(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, text("glossary.api.error.malformed"), "glossary.api.error.malformed");
        }
        String field = jsonPath(jackson.getPath());
        String detail = text("glossary.api.error.bad-value", field);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail, "glossary.api.error.bad-value");
        problem.setProperty("errors", List.of(new FieldProblem(field, detail)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, String code) {
        return Problems.problem(status, code, detail);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
