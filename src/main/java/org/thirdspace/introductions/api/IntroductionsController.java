package org.thirdspace.introductions.api;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.introductions.Introduction;
import org.thirdspace.introductions.IntroductionException;
import org.thirdspace.introductions.IntroductionService;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Introductions: ask, list, accept, decline. */
@RestController
@RequestMapping("/api/v1/introductions")
class IntroductionsController {

    record NewIntroduction(@NotNull Long personId, @NotNull @Size(min = 1, max = 1000) String message) {
    }

    record Decline(@Size(max = 500) String reason) {
    }

    private final IntroductionService introductions;
    private final MessageSource messages;

    IntroductionsController(IntroductionService introductions, MessageSource messages) {
        this.introductions = introductions;
        this.messages = messages;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Introduction request(@Valid @RequestBody NewIntroduction request) {
        return introductions.request(request.personId(), request.message());
    }

    @GetMapping
    List<Introduction> mine() {
        return introductions.mine();
    }

    @PostMapping("/{id}/accept")
    Introduction accept(@PathVariable long id) {
        return introductions.accept(id);
    }

    @PostMapping("/{id}/decline")
    Introduction decline(@PathVariable long id, @Valid @RequestBody(required = false) Decline decline) {
        return introductions.decline(id, decline == null ? null : decline.reason());
    }

    @ExceptionHandler(IntroductionException.class)
    ProblemDetail refused(IntroductionException ex) {
        HttpStatus status = switch (ex.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(ex.messageKey(), null, ex.messageKey(), LocaleContextHolder.getLocale()));
    }
}
