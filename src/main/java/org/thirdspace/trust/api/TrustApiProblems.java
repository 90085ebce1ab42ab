package org.thirdspace.trust.api;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.trust.TrustException;

/** RFC 9457 problems of the trust API: 400 (naming the field), 404, 403 and 401 for visitors. */
@RestControllerAdvice(assignableTypes = TrustController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class TrustApiProblems {

    private final MessageSource messages;

    TrustApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TrustException.class)
    ProblemDetail trust(TrustException ex) {
        return Problems.of(ex, messages);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException ex) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return PostingLimitProblems.problem(HttpStatus.UNAUTHORIZED, "trust.api.error.sign-in",
                    text("trust.api.error.sign-in"));
        }
        return PostingLimitProblems.problem(HttpStatus.FORBIDDEN, "trust.api.error.forbidden",
                text("trust.api.error.forbidden"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
