package org.thirdspace.shared.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.shared.RuleViolation;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The RFC 9457 problem documents every feature's API answers with: the status's reason phrase as
 * {@code title}, a localized {@code detail}, the message key as {@code code}, and for a violation
 * that names a request field {@code errors: [{field, message}]}. Stateless.
 */
public final class Problems {

    /** One wrong request field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    private Problems() {
    }

    /** A problem with the given status, detail and (when not null) code. */
    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (code != null) {
            problem.setProperty("code", code);
        }
        return problem;
    }

    /** The problem for a feature's rule violation, with the status its kind gives. */
    public static ProblemDetail of(RuleViolation violation, MessageSource messages) {
        return of(violation, HttpStatus.valueOf(violation.kind().status()), messages);
    }

    /** The problem for a feature's rule violation, with a status of the caller's choosing. */
    public static ProblemDetail of(RuleViolation violation, HttpStatus status, MessageSource messages) {
        String detail = text(messages, violation.messageKey(), violation.args());
        ProblemDetail problem = problem(status, violation.messageKey(), detail);
        if (violation.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(violation.field(), detail)));
        }
        return problem;
    }

    /** The message for {@code key} in the request's locale, or the key itself when the bundles lack it. */
    public static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /**
     * 400 for a request parameter of the wrong type, naming it as {@code parameter}; the message is
     * {@code <prefix>.bad-parameter} ({0} = the parameter).
     */
    public static ProblemDetail badParameter(MethodArgumentTypeMismatchException ex, String prefix,
            MessageSource messages) {
        String code = prefix + ".bad-parameter";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, text(messages, code, ex.getName()));
        problem.setProperty("parameter", ex.getName());
        return problem;
    }

    /**
     * 400 for a body that is not JSON ({@code <prefix>.malformed}) or has a value of the wrong type
     * in a field, named in {@code errors} by its JSON path ({@code <prefix>.bad-value}, {0} = the path).
     */
    public static ProblemDetail unreadable(HttpMessageNotReadableException ex, String prefix,
            MessageSource messages) {
        JacksonException jackson = RequestErrors.cause(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            String code = prefix + ".malformed";
            return problem(HttpStatus.BAD_REQUEST, code, text(messages, code));
        }
        String field = RequestErrors.jsonPath(jackson.getPath());
        String code = prefix + ".bad-value";
        String detail = text(messages, code, field);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, detail);
        problem.setProperty("errors", List.of(new FieldProblem(field, detail)));
        return problem;
    }
}
