package org.thirdspace.casestudies.api;

import static org.thirdspace.shared.web.RequestErrors.cause;
import static org.thirdspace.shared.web.RequestErrors.field;
import static org.thirdspace.shared.web.RequestErrors.jsonPath;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.thirdspace.shared.web.Problems;
import org.thirdspace.casestudies.CaseStudyDiff;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.RevisionSummary;
import org.thirdspace.casestudies.StaleRevisionException;
import org.thirdspace.casestudies.internal.attachments.AttachmentSettings;
import org.thirdspace.search.SearchIndexException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * RFC 9457 problem documents for the case-study API: a {@link CaseStudyException} becomes 400
 * (with {@code errors: [{field, message}]}; 413 for a file that is too large), 404, 409 or 403
 * with a localized {@code detail} and its message key as {@code code}. A save on top of an older
 * revision ({@link StaleRevisionException}) is 412 with the current {@code ETag}, the
 * {@code currentRevision}, the parts that changed since and a link to their {@code diff}; a change
 * without {@code If-Match} 428. Unreadable JSON, constraint violations, oversized uploads and a
 * search outage (503) are answered here too; everything else is the shared API handler's.
 */
@RestControllerAdvice(basePackageClasses = CaseStudiesApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CaseStudiesApiProblems {

    private static final Logger log = LoggerFactory.getLogger(CaseStudiesApiProblems.class);

    /** The message key of a file over the size limit (answered 413, not 400). */
    static final String TOO_LARGE = "casestudies.attachments.error.too-large";

    /** One invalid field of a request. */
    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;
    private final CaseStudyService caseStudies;
    private final AttachmentSettings settings;

    CaseStudiesApiProblems(MessageSource messages, CaseStudyService caseStudies, AttachmentSettings settings) {
        this.messages = messages;
        this.caseStudies = caseStudies;
        this.settings = settings;
    }

    @ExceptionHandler(CaseStudyException.class)
    ProblemDetail caseStudy(CaseStudyException ex) {
        HttpStatus status = ex.kind() == CaseStudyException.Kind.INVALID && TOO_LARGE.equals(ex.messageKey())
                ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.valueOf(ex.kind().status());
        return Problems.of(ex, status, messages);
    }

    @ExceptionHandler(StaleRevisionException.class)
    ResponseEntity<ProblemDetail> stale(StaleRevisionException ex) {
        long id = ex.caseStudyId();
        int current = ex.current();
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED,
                text("casestudies.api.error.stale", current, ex.basedOn()));
        problem.setProperty("code", "casestudies.api.error.stale");
        problem.setProperty("currentETag", RevisionTags.etag(current));
        problem.setProperty("currentRevision", current);
        problem.setProperty("current", "/api/v1/case-studies/" + id);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(RevisionTags.etag(current));
        if (ex.basedOn() >= 1 && ex.basedOn() < current) {
            String diff = "/api/v1/case-studies/" + id + "/diff?from=" + ex.basedOn() + "&to=" + current;
            problem.setProperty("basedOnRevision", ex.basedOn());
            problem.setProperty("diff", diff);
            headers.add(HttpHeaders.LINK, "<" + diff + ">; rel=\"diff\"");
            whatChanged(problem, id, ex.basedOn(), current);
        }
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The parts that differ and the revisions saved since, as far as the caller may see them. */
    private void whatChanged(ProblemDetail problem, long id, int basedOn, int current) {
        try {
            CaseStudyDiff diff = caseStudies.diff(id, basedOn, current);
            problem.setProperty("changedParts", diff.parts().stream().map(CaseStudyDiff.PartDiff::part).toList());
            List<RevisionSummary> newer = caseStudies.revisions(id).stream().filter(r -> r.number() > basedOn)
                    .toList();
            problem.setProperty("newerRevisions", newer);
        } catch (RuntimeException e) {
            log.debug("No changes to show for the stale save of case study {}: {}", id, e.getMessage());
        }
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, text(ex.messageKey()));
        problem.setProperty("code", ex.messageKey());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = cause(ex, JacksonException.class);
        if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("casestudies.api.error.malformed"));
            problem.setProperty("code", "casestudies.api.error.malformed");
            return problem;
        }
        String field = jsonPath(jackson.getPath());
        String message = text("casestudies.api.error.bad-value", field);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("code", "casestudies.api.error.bad-value");
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("casestudies.api.error.invalid"));
        problem.setProperty("code", "casestudies.api.error.invalid");
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException ex) {
        String detail = text(TOO_LARGE, settings.attachmentsMaxSize().toMegabytes());
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setProperty("code", TOO_LARGE);
        problem.setProperty("errors", List.of(new FieldProblem("file", detail)));
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badUpload(MultipartException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("casestudies.api.error.upload"));
        problem.setProperty("code", "casestudies.api.error.upload");
        return problem;
    }

    @ExceptionHandler(SearchIndexException.class)
    ProblemDetail searchUnavailable(SearchIndexException ex) {
        log.warn("Case-study search unavailable: {}", ex.getMessage());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
                text("casestudies.api.error.search-unavailable"));
        problem.setProperty("code", "casestudies.api.error.search-unavailable");
        return problem;
    }




    private static ProblemDetail problem(HttpStatus status, String detail) {
        return Problems.problem(status, null, detail);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
