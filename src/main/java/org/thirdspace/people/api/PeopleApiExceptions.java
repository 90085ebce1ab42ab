package org.thirdspace.people.api;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.thirdspace.people.AffiliationNotFoundException;
import org.thirdspace.people.InvalidProfileException;
import org.thirdspace.people.PersonNotFoundException;

/** Problem documents (RFC 9457) for the people API's own exceptions; the rest is the shared handler's. */
@RestControllerAdvice(assignableTypes = PeopleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PeopleApiExceptions {

    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    PeopleApiExceptions(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({PersonNotFoundException.class, AffiliationNotFoundException.class})
    ProblemDetail notFound(RuntimeException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage() + ".");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(InvalidProfileException.class)
    ProblemDetail invalid(InvalidProfileException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(ex.field(),
                messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()))));
        return problem;
    }
}
