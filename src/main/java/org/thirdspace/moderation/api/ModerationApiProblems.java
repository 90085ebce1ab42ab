package org.thirdspace.moderation.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.shared.web.RequestErrors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * RFC 9457 problems for the moderation API: rule breaks (400 naming the field, 404, 409), JSON
 * that cannot be read or an unknown enum value (400 with the accepted values), bad paging
 * parameters (400), and method-security refusals (403 for members who are not moderators, 401
 * for visitors). Each problem has a localized {@code detail} and its message key as {@code code}.
 */
@RestControllerAdvice(assignableTypes = ModerationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ModerationApiProblems {

    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ModerationApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ModerationException.class)
    ProblemDetail moderation(ModerationException ex) {
        return Problems.of(ex, messages);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = RequestErrors.cause(ex, JacksonException.class);
        if (jackson instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum() && !format.getPath().isEmpty()) {
            String field = RequestErrors.jsonPath(format.getPath());
            String accepted = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            String message = text("moderation.error.enum-value", field, accepted);
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "moderation.error.enum-value", message);
            problem.setProperty("errors", List.of(new FieldProblem(field, message)));
            return problem;
        }
        return problem(HttpStatus.BAD_REQUEST, "moderation.error.unreadable", text("moderation.error.unreadable"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = text("moderation.error.number", ex.getName());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "moderation.error.number", message);
        problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), message)));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return problem(HttpStatus.UNAUTHORIZED, "moderation.error.sign-in", text("moderation.error.sign-in"));
        }
        return problem(HttpStatus.FORBIDDEN, "moderation.error.moderators-only",
                text("moderation.error.moderators-only"));
    }

    private ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.problem(status, code, detail);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
