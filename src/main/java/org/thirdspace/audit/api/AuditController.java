package org.thirdspace.audit.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.audit.AuditPage;
import org.thirdspace.audit.AuditQuery;
import org.thirdspace.audit.AuditService;

/** {@code GET /api/v1/audit}: the audit log for moderators and admins (403 for everyone else). */
@RestController
@RequestMapping("/api/v1/audit")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class AuditController {

    /** A request parameter that cannot be used, with its message key. */
    static final class BadParameter extends RuntimeException {
        final String parameter;
        final String key;

        BadParameter(String parameter, String key) {
            super(parameter + ": " + key);
            this.parameter = parameter;
            this.key = key;
        }
    }

    private final AuditService audit;
    private final MessageSource messages;

    AuditController(AuditService audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    AuditPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        int p = number("page", page, 0);
        int s = number("size", size, 50);
        if (p < 0) {
            throw new BadParameter("page", "audit.api.error.page");
        }
        if (s < 1 || s > AuditService.MAX_PAGE_SIZE) {
            throw new BadParameter("size", "audit.api.error.size");
        }
        Long actorId = actor == null || actor.isBlank() ? null : (long) number("actor", actor, 0);
        Instant fromTime = instant("from", from);
        Instant toTime = instant("to", to);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw new BadParameter("to", "audit.api.error.range");
        }
        return audit.search(new AuditQuery(q, action, targetType, actorId, fromTime, toTime), p, s);
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "audit.api.error.number");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "audit.api.error.instant");
        }
    }

    @ExceptionHandler(BadParameter.class)
    ProblemDetail badParameter(BadParameter ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text(ex.key, ex.parameter));
        problem.setTitle("Invalid request parameter");
        problem.setProperty("code", ex.key);
        problem.setProperty("parameter", ex.parameter);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException ex) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    text("audit.api.error.sign-in"));
            problem.setTitle(HttpStatus.UNAUTHORIZED.getReasonPhrase());
            problem.setProperty("code", "audit.api.error.sign-in");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("audit.api.error.forbidden"));
        problem.setTitle(HttpStatus.FORBIDDEN.getReasonPhrase());
        problem.setProperty("code", "audit.api.error.forbidden");
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
