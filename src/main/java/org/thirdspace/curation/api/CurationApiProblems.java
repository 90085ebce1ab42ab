package org.thirdspace.curation.api;

import java.util.List;
import java.util.Locale;

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
import org.thirdspace.curation.CurationException;

/**
 * RFC 9457 problems for the curation API: a {@link CurationException} becomes 400 (with
 * {@code errors: [{field, message}]}), 404, 409 or 403 with a localized {@code detail} and its
 * message key as {@code code}; unreadable JSON (a bad enum value, a string for a number) is 400.
 */
@RestControllerAdvice(basePackageClasses = CurationApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CurationApiProblems {

    private final MessageSource messages;

    CurationApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CurationException.class)
    ProblemDetail curation(CurationException ex) {
        return Problems.of(ex, messages);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text("curation.api.error.malformed"));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("code", "curation.api.error.malformed");
        return problem;
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
