package org.thirdspace.notifications.api;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thirdspace.notifications.NotificationsException;
import org.thirdspace.shared.web.Problems;

/**
 * RFC 9457 problems for the notifications API: rule violations (400 naming the {@code parameter}
 * or field, 404 for someone else's notification), parameters of the wrong type and unreadable
 * bodies (an unknown kind, delivery or digest frequency names its field).
 */
@RestControllerAdvice(basePackageClasses = NotificationApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class NotificationApiProblems {

    private static final java.util.Set<String> PARAMETERS = java.util.Set.of("page", "size");

    private final MessageSource messages;

    NotificationApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotificationsException.class)
    ProblemDetail rule(NotificationsException ex) {
        ProblemDetail problem = Problems.of(ex, messages);
        if (ex.field() != null && PARAMETERS.contains(ex.field())) {
            problem.setProperty("parameter", ex.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
        return Problems.badParameter(ex, "notifications.api.error", messages);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        return Problems.unreadable(ex, "notifications.api.error", messages);
    }
}
