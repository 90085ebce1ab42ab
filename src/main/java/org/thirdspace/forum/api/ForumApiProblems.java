package org.thirdspace.forum.api;

import static org.thirdspace.shared.web.RequestErrors.cause;
import static org.thirdspace.shared.web.RequestErrors.field;
import static org.thirdspace.shared.web.RequestErrors.jsonPath;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.forum.ForumException;
import org.thirdspace.search.SearchIndexException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * RFC 9457 problem documents for the forum API (its controllers only). A {@link ForumException}
 * becomes 400 (with {@code errors: [{field, message}]} when it names a field), 404, 409 or 403;
 * every problem has a localized {@code detail} and its message key as {@code code}. Also answered
 * here: bodies that are not UTF-8 or too large, JSON that cannot be read (with line and column) or
 * mapped (naming the field, and the accepted values of an enum), bean-validation errors with the
 * request's field names, bad or missing query parameters, ids in the path that are no number
 * (404), method-security refusals (403, 401 for visitors) and a search outage (503).
 */
@RestControllerAdvice(assignableTypes = {ForumsController.class, TopicsController.class,
        TopicModerationController.class, PostsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ForumApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ForumApiProblems.class);

    /** Handler methods that only moderators may call (method security refuses everyone else). */
    private static final Set<String> MODERATOR_METHODS = Set.of("createCategory", "updateCategory");

    /** Messages for the rules of {@code CategoryDraft} (field.Constraint). */
    private static final Map<String, String> CATEGORY_RULES = Map.of(
            "slug.NotBlank", "forum.api.error.category-slug-required",
            "slug.Pattern", "forum.api.error.category-slug-format",
            "slug.Size", "forum.api.error.category-slug-length",
            "name.NotBlank", "forum.api.error.category-name-required",
            "name.Size", "forum.api.error.category-name-length",
            "description.Size", "forum.api.error.category-description-length",
            "visibility.NotNull", "forum.api.error.category-visibility-required");

    /** One invalid field (or query parameter) of a request. */
    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ForumApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ForumException.class)
    ProblemDetail forum(ForumException ex) {
        return Problems.of(ex, messages);
    }

    @ExceptionHandler(RequestBodyRefused.class)
    ProblemDetail bodyRefused(RequestBodyRefused ex) {
        return problem(ex.status(), ex.messageKey(), text(ex.messageKey(), ex.args()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = cause(ex, JacksonException.class);
        if (jackson == null) {
            return problem(HttpStatus.BAD_REQUEST, "forum.api.error.unreadable", text("forum.api.error.unreadable"));
        }
        if (jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            TokenStreamLocation at = jackson.getLocation();
            if (at != null && at.getLineNr() > 0) {
                return problem(HttpStatus.BAD_REQUEST, "forum.api.error.malformed",
                        text("forum.api.error.malformed", at.getLineNr(), at.getColumnNr()));
            }
            return problem(HttpStatus.BAD_REQUEST, "forum.api.error.malformed-somewhere",
                    text("forum.api.error.malformed-somewhere"));
        }
        String field = jsonPath(jackson.getPath());
        String key;
        String message;
        if (jackson instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            key = "forum.api.error.enum-value";
            String accepted = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            message = text(key, field, accepted);
        } else {
            key = "forum.api.error.bad-value";
            message = text(key, field);
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, key, message);
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "forum.api.error.invalid",
                text("forum.api.error.invalid"));
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), messages.getMessage(e, locale)))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList());
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "forum.api.error.invalid",
                text("forum.api.error.invalid"));
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(field(v), message(v)))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // /api/v1/topics/99999999999999999999: no such topic, like any other unknown id
            return forum(ForumException.notFound());
        }
        Class<?> type = ex.getRequiredType();
        String key = type == Boolean.class || type == boolean.class ? "forum.api.error.boolean"
                : "forum.api.error.number";
        String message = text(key, ex.getName());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, key, message);
        problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), message)));
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
        String message = text("forum.api.error.parameter-required", ex.getParameterName());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "forum.api.error.parameter-required", message);
        problem.setProperty("errors", List.of(new FieldProblem(ex.getParameterName(), message)));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex, HandlerMethod handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return problem(HttpStatus.UNAUTHORIZED, "forum.api.error.sign-in", text("forum.api.error.sign-in"));
        }
        String key = MODERATOR_METHODS.contains(handler.getMethod().getName()) ? "forum.api.error.moderators-only"
                : "forum.api.error.forbidden";
        return problem(HttpStatus.FORBIDDEN, key, text(key));
    }

    @ExceptionHandler(SearchIndexException.class)
    ProblemDetail searchUnavailable(SearchIndexException ex) {
        log.warn("Forum search unavailable: {}", ex.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "forum.api.error.search-unavailable",
                text("forum.api.error.search-unavailable"));
    }

    /** Our own words for a broken rule of a category, else the validator's. */
    private String message(ConstraintViolation<?> violation) {
        String rule = field(violation) + "."
                + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String key = CATEGORY_RULES.get(rule);
        if (key == null) {
            return violation.getMessage();
        }
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return text(key, max);
    }




    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.problem(status, code, detail);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
