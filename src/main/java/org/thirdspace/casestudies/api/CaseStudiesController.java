package org.thirdspace.casestudies.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDiff;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyExport;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudySearchResult;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.CaseStudySummary;
import org.thirdspace.casestudies.QueueEntry;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.casestudies.RevisionSummary;
import org.thirdspace.casestudies.StaleRevisionException;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The case-study wiki for API clients: search, write (every save a revision; {@code If-Match}
 * required, a stale save 412), history and diffs, the review workflow and exports. A case study
 * (or revision) the caller may not see answers 404 like an unknown one; visitors see published
 * case studies of public (or no) groups.
 */
@RestController
@RequestMapping(path = "/api/v1/case-studies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case studies", description = "Case studies of partnerships: revisions, review before publish, export")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class CaseStudiesController {

    static final String BASE = "/api/v1/case-studies";
    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    /** {@code GET /api/v1/case-studies}: one page of published case studies, with facet counts. */
    record SearchPage(long total, int page, int size, List<CaseStudySearchResult.Hit> hits,
            Map<String, List<FacetJson>> facets) {
    }

    record FacetJson(String code, String label, long count) {
    }

    /** Submit the head revision; {@code revision} or {@code If-Match} names it. */
    record SubmitRequest(Integer revision) {
    }

    /** A reviewer's decision on {@code revision} (the one in review, or the published one to confirm it). */
    record ReviewRequest(ReviewDecision decision, @Size(max = 4000) String comment, Integer revision) {
    }

    private final CaseStudyService caseStudies;
    private final CaseStudySearch search;
    private final CaseStudyExport export;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    CaseStudiesController(CaseStudyService caseStudies, CaseStudySearch search, CaseStudyExport export,
            Vocabularies vocabularies, MessageSource messages) {
        this.caseStudies = caseStudies;
        this.search = search;
        this.export = export;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    // --- search and the case study itself -------------------------------------------------------

    @GetMapping
    @Operation(summary = "Search published case studies",
            description = "Free text q over the title, summary and every field. Filters activity, sector, phase, "
                    + "region, model (1 to 4), evidence (evidence strength): repeat a parameter (or separate values "
                    + "with commas) to accept any of its values; group limits to one home group. page from 0, size "
                    + "1 to 100 (default 20). Only published versions are searched, and only those the caller may "
                    + "see; highlights are HTML-escaped with <mark> around matches.")
    SearchPage search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        CaseStudySearchQuery query = CaseStudySearchParameters.parse(params, vocabularies);
        CaseStudySearchResult result = search.search(query);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<FacetJson>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet, counts.stream()
                .map(c -> new FacetJson(c.code(), facetLabel(facet, c.code(), locale), c.count())).toList()));
        return new SearchPage(result.total(), query.page(), query.size(), result.hits(), facets);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a case study (a draft); the caller is its first author",
            description = "Answers 201 with the case study, its Location and ETag (\"1\"). basedOnRevision is "
                    + "ignored when creating.")
    ResponseEntity<CaseStudyDetails> create(@RequestBody CaseStudyDraft draft) {
        CaseStudyDetails created = caseStudies.create(withBase(draft, null));
        return ResponseEntity.created(URI.create(BASE + "/" + created.id()))
                .eTag(RevisionTags.etag(created.revision().number())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case study as the caller may see it",
            description = "Authors, co-authors, members of the home group and reviewers get the newest (working) "
                    + "revision, everyone else the published one; version=published asks for the published one. "
                    + "The ETag is the number of the revision shown: send it as If-Match with a PUT.")
    ResponseEntity<CaseStudyDetails> get(@PathVariable long id,
            @Parameter(description = "published: the stable, published version")
            @RequestParam(name = "version", required = false) String version, WebRequest request) {
        boolean published = false;
        if (version != null && !version.isBlank()) {
            if (!"published".equals(version.strip())) {
                throw CaseStudyException.invalid("version", "casestudies.api.error.version", version.strip());
            }
            published = true;
        }
        CaseStudyDetails details = caseStudies.details(id, published).orElseThrow(CaseStudyException::notFound);
        if (published && !details.showingPublished()) {
            throw CaseStudyException.notFound("casestudies.api.error.not-published");
        }
        String etag = RevisionTags.etag(details.revision().number());
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache().cachePrivate()).body(details);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save a new revision",
            description = "The body is the whole content (as for POST). If-Match is required: the ETag of the "
                    + "revision the edit started from (428 without it). When someone saved a newer revision "
                    + "meanwhile, nothing is written and the answer is 412 with the current ETag, currentRevision, "
                    + "the changedParts, the newerRevisions and a link to the diff, so the edit can be merged and "
                    + "sent again. Saving a case study in review returns it to draft.")
    @ApiResponse(responseCode = "412", description = "Stale: a newer revision exists",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<CaseStudyDetails> save(@PathVariable long id, @RequestBody CaseStudyDraft draft,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        int base = baseRevision(id, ifMatch, null);
        if (draft.basedOnRevision() != null && draft.basedOnRevision() != base) {
            throw CaseStudyException.invalid("basedOnRevision", "casestudies.api.error.based-on", base);
        }
        CaseStudyDetails saved = caseStudies.save(id, withBase(draft, base));
        return ResponseEntity.ok().eTag(RevisionTags.etag(saved.revision().number())).body(saved);
    }

    // --- history --------------------------------------------------------------------------------

    @GetMapping("/{id}/revisions")
    @Operation(summary = "The history, newest first",
            description = "Readers see the published revision and those before it; authors and reviewers all.")
    List<RevisionSummary> revisions(@PathVariable long id) {
        return caseStudies.revisions(id);
    }

    @GetMapping("/{id}/revisions/{number}")
    @Operation(summary = "One revision's content (Markdown)", description = "The ETag is the revision number.")
    ResponseEntity<CaseStudyRevision> revision(@PathVariable long id, @PathVariable int number, WebRequest request) {
        CaseStudyRevision revision = caseStudies.revision(id, number);
        String etag = RevisionTags.etag(revision.number());
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache().cachePrivate()).body(revision);
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "Word-level differences between two revisions",
            description = "Only the changed parts (title, summary, a field code, facets, links), each as EQUAL, "
                    + "INSERT and DELETE segments of plain text.")
    CaseStudyDiff diff(@PathVariable long id, @RequestParam("from") int from, @RequestParam("to") int to) {
        return caseStudies.diff(id, from, to);
    }

    // --- workflow -------------------------------------------------------------------------------

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the newest revision for review (authors)",
            description = "Name the revision with If-Match (its ETag) or in the body as {\"revision\": n}; it must "
                    + "be the newest (412 otherwise). 428 when neither is given.")
    ResponseEntity<CaseStudyDetails> submit(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SubmitRequest body) {
        int revision = baseRevision(id, ifMatch, body == null ? null : body.revision());
        CaseStudyDetails details = caseStudies.submit(id, revision);
        return ResponseEntity.ok().eTag(RevisionTags.etag(details.revision().number())).body(details);
    }

    @PostMapping(path = "/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide on the revision in review (reviewers)",
            description = "decision APPROVED publishes it, CHANGES_REQUESTED (a comment is required) returns it to "
                    + "draft; CONFIRMED_CURRENT (moderators) confirms a published case study that is due for "
                    + "review. revision names the revision decided on (or send If-Match).")
    ResponseEntity<CaseStudyDetails> review(@PathVariable long id, @RequestBody ReviewRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (body.decision() == null) {
            throw CaseStudyException.invalid("decision", "casestudies.api.error.decision");
        }
        Integer revision = body.revision();
        if (revision == null) {
            if (RevisionTags.isMissing(ifMatch)) {
                throw CaseStudyException.invalid("revision", "casestudies.api.error.revision");
            }
            revision = baseRevision(id, ifMatch, null);
        }
        CaseStudyDetails details = caseStudies.review(id, revision, body.decision(), body.comment());
        return ResponseEntity.ok().eTag(RevisionTags.etag(details.revision().number())).body(details);
    }

    @GetMapping("/mine")
    @Operation(summary = "Case studies the caller writes (author, co-author, home-group member), newest change first")
    List<CaseStudySummary> mine() {
        return caseStudies.mine();
    }

    @GetMapping("/review-queue")
    @Operation(summary = "Case studies waiting for review or past their review date",
            description = "Moderators see all, named reviewers the ones they were named for.")
    List<QueueEntry> reviewQueue() {
        return caseStudies.reviewQueue();
    }

    // --- export ---------------------------------------------------------------------------------

    @GetMapping(path = "/{id}/export", produces = {"text/markdown", MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The published version as a Markdown or PDF file",
            description = "format=md (default) is the Markdown source of the published revision, as its authors "
                    + "wrote it, with the facets and headings around it: a source text, not a rendering (render "
                    + "it with a sanitiser). format=pdf is laid out from the sanitised HTML the site shows. 404 "
                    + "when the caller may not see a published version.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> export(@PathVariable long id,
            @Parameter(description = "md or pdf") @RequestParam(name = "format", defaultValue = "md") String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "md", "markdown" -> download(export.markdown(id).getBytes(StandardCharsets.UTF_8), MARKDOWN,
                    export.fileName(id, "md"));
            case "pdf" -> download(export.pdf(id), MediaType.APPLICATION_PDF, export.fileName(id, "pdf"));
            default -> throw CaseStudyException.invalid("format", "casestudies.api.error.format", format.strip());
        };
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(bytes.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(bytes);
    }

    // --- helpers --------------------------------------------------------------------------------

    /**
     * The revision a change is based on: from {@code If-Match} or the body (they must agree). 428
     * when there is neither (or only {@code *}); 412 when the {@code If-Match} names no single revision.
     */
    private int baseRevision(long id, String ifMatch, Integer fromBody) {
        if (RevisionTags.isMissing(ifMatch)) {
            if (fromBody != null) {
                return fromBody;
            }
            throw new PreconditionRequiredException("casestudies.api.error.if-match-required");
        }
        if (RevisionTags.isWildcard(ifMatch)) {
            throw new PreconditionRequiredException("casestudies.api.error.if-match-wildcard");
        }
        OptionalInt revision = RevisionTags.revision(ifMatch);
        if (revision.isEmpty()) {
            CaseStudyDetails current = caseStudies.require(id);
            throw new StaleRevisionException(id, 0, current.headRevision());
        }
        if (fromBody != null && fromBody != revision.getAsInt()) {
            throw CaseStudyException.invalid("revision", "casestudies.api.error.based-on", revision.getAsInt());
        }
        return revision.getAsInt();
    }

    /** The draft as sent, based on {@code revision} (the If-Match one, or none when creating). */
    static CaseStudyDraft withBase(CaseStudyDraft d, Integer revision) {
        return new CaseStudyDraft(d.title(), d.summary(), d.fields(), d.voice(), d.activities(), d.sectors(),
                d.phases(), d.regions(), d.modelLevel(), d.evidenceStrength(), d.evidenceTypes(), d.groupId(),
                d.groupIds(), d.institutionIds(), d.personIds(), d.editSummary(), revision);
    }

    private String facetLabel(String facet, String code, Locale locale) {
        try {
            return switch (facet) {
                case "activity" -> vocabularies.label(Vocabulary.ACTIVITY_TYPE, code, locale);
                case "phase" -> vocabularies.label(Vocabulary.PHASE, code, locale);
                case "evidence" -> vocabularies.label(Vocabulary.EVIDENCE_STRENGTH, code, locale);
                case "sector" -> messages.getMessage(Sector.fromCode(code).messageKey(), null, code, locale);
                case "region" -> messages.getMessage(Region.fromCode(code).messageKey(), null, code, locale);
                case "model" -> vocabularies.label(Vocabulary.PARTNERSHIP_MODEL,
                        ModelLevel.of(CaseStudySearchParameters.modelLevel(code)).code(), locale);
                default -> code;
            };
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
