package org.thirdspace.trust.api;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.shared.web.Problems;

/**
 * Every API's answer to a refused post ({@link PostingLimitExceeded}, whichever feature's
 * controller it came through): 429 with {@code Retry-After} (seconds) for posts per hour or day,
 * else 400; the problem names the {@code limit}, the {@code allowed} and {@code found} counts and
 * the member's {@code trustLevel}, and its {@code detail} says how to unlock the limit. Ordered
 * before the features' own advice, which do not know this exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class PostingLimitProblems {

    private final MessageSource messages;

    PostingLimitProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PostingLimitExceeded.class)
    ResponseEntity<ProblemDetail> refused(PostingLimitExceeded ex) {
        HttpStatus status = ex.isRateLimit() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
        String detail = messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(),
                LocaleContextHolder.getLocale());
        ProblemDetail problem = problem(status, ex.messageKey(), detail);
        problem.setProperty("limit", ex.limit());
        problem.setProperty("allowed", ex.allowed());
        problem.setProperty("found", ex.found());
        problem.setProperty("trustLevel", ex.level());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (ex.isRateLimit()) {
            long seconds = Math.max(1, ex.retryAfter().toSeconds());
            problem.setProperty("retryAfterSeconds", seconds);
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return answer.body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.problem(status, code, detail);
    }
}
