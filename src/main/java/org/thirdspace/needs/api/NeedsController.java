package org.thirdspace.needs.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.thirdspace.shared.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.needs.NeedBehalf;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedDraft;
import org.thirdspace.needs.NeedException;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedOutcome;
import org.thirdspace.needs.NeedPage;
import org.thirdspace.needs.NeedQuery;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedStatus;
import org.thirdspace.needs.NeedSummary;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/needs}: the needs board. {@code GET} lists (filters {@code status},
 * {@code activity}, {@code subject}, {@code phase}, {@code region} (repeat or comma-separate),
 * {@code q}, {@code page} from 0, {@code size} 1-100), {@code POST} posts a need (201 with
 * {@code Location}), {@code GET /{id}} reads one (404 if the caller may not see it) and
 * {@code PATCH /{id}} is a JSON merge patch over the need's fields plus {@code status}
 * ({@code IN_PROGRESS}: a broker claims it; {@code CLOSED} with {@code outcome} and
 * {@code outcomeNote}; {@code OPEN} reopens it). A PATCH is all or nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/needs", produces = MediaType.APPLICATION_JSON_VALUE)
class NeedsController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    /** Fields of a PATCH that edit the need. */
    static final Set<String> DRAFT_FIELDS = Set.of("title", "description", "forWhom", "institutionId", "groupId",
            "activity", "subject", "phase", "region", "onlineOk", "startsOn", "endsOn", "capacityNeeded");
    /** Fields of a PATCH that change its status. */
    static final Set<String> STATUS_FIELDS = Set.of("status", "outcome", "outcomeNote");

    record BehalfJson(String kind, long id, String name) {

        static BehalfJson of(NeedBehalf b) {
            return new BehalfJson(b.kind().name(), b.id(), b.name());
        }
    }

    record SummaryJson(long id, String title, NeedStatus status, String forWhom, BehalfJson onBehalfOf,
            Map<String, Set<String>> facets, boolean onlineOk, LocalDate startsOn, LocalDate endsOn,
            int capacityNeeded, long authorPersonId, Long claimedByPersonId, Instant createdAt,
            Instant lastResponseAt) {

        static SummaryJson of(NeedSummary s) {
            return new SummaryJson(s.id(), s.title(), s.status(), s.forWhom(), BehalfJson.of(s.onBehalfOf()),
                    NeedsController.facets(s.facets()), s.onlineOk(), s.startsOn(), s.endsOn(), s.capacityNeeded(),
                    s.authorPersonId(), s.claimedByPersonId(), s.createdAt(), s.lastResponseAt());
        }
    }

    record PageJson(long total, int page, int size, List<SummaryJson> items) {
    }

    record DetailsJson(long id, String title, String descriptionHtml, String descriptionMarkdown, String forWhom,
            BehalfJson onBehalfOf, Long institutionId, Long groupId, Map<String, Set<String>> facets,
            boolean onlineOk, LocalDate startsOn, LocalDate endsOn, int capacityNeeded, NeedStatus status,
            NeedOutcome outcome, String outcomeNote, Long claimedByPersonId, String claimedByName,
            Instant claimedAt, Instant closedAt, Instant lastResponseAt, long authorPersonId, String authorName,
            Instant createdAt, Instant updatedAt, boolean canEdit, boolean canClaim) {

        static DetailsJson of(NeedDetails d) {
            NeedBehalf b = d.onBehalfOf();
            return new DetailsJson(d.id(), d.title(), d.descriptionHtml(), d.descriptionMarkdown(), d.forWhom(),
                    BehalfJson.of(b), b.kind() == NeedBehalf.Kind.INSTITUTION ? b.id() : null,
                    b.kind() == NeedBehalf.Kind.GROUP ? b.id() : null, NeedsController.facets(d.facets()), d.onlineOk(),
                    d.startsOn(), d.endsOn(), d.capacityNeeded(), d.status(), d.outcome(), d.outcomeNote(),
                    d.claimedByPersonId(), d.claimedByName(), d.claimedAt(), d.closedAt(), d.lastResponseAt(),
                    d.authorPersonId(), d.authorName(), d.createdAt(), d.updatedAt(), d.canEdit(), d.canClaim());
        }
    }

    /** A need as a client writes it: facets as lists of vocabulary codes under their parameter names. */
    record NeedBody(String title, String description, String forWhom, Long institutionId, Long groupId,
            List<String> activity, List<String> subject, List<String> phase, List<String> region, Boolean onlineOk,
            LocalDate startsOn, LocalDate endsOn, Integer capacityNeeded) {

        static NeedBody of(NeedDetails d) {
            NeedBehalf b = d.onBehalfOf();
            return new NeedBody(d.title(), d.descriptionMarkdown(), d.forWhom(),
                    b.kind() == NeedBehalf.Kind.INSTITUTION ? b.id() : null,
                    b.kind() == NeedBehalf.Kind.GROUP ? b.id() : null, codes(d, NeedFacet.ACTIVITY),
                    codes(d, NeedFacet.SUBJECT), codes(d, NeedFacet.PHASE), codes(d, NeedFacet.REGION),
                    d.onlineOk(), d.startsOn(), d.endsOn(), d.capacityNeeded());
        }

        private static List<String> codes(NeedDetails d, NeedFacet facet) {
            return List.copyOf(d.facets().getOrDefault(facet, Set.of()));
        }

        NeedDraft toDraft() {
            Map<NeedFacet, Set<String>> facets = new EnumMap<>(NeedFacet.class);
            put(facets, NeedFacet.ACTIVITY, activity);
            put(facets, NeedFacet.SUBJECT, subject);
            put(facets, NeedFacet.PHASE, phase);
            put(facets, NeedFacet.REGION, region);
            return new NeedDraft(title, description, forWhom, institutionId, groupId, facets,
                    Boolean.TRUE.equals(onlineOk), startsOn, endsOn, capacityNeeded);
        }

        private static void put(Map<NeedFacet, Set<String>> facets, NeedFacet facet, List<String> codes) {
            if (codes != null) {
                if (codes.stream().anyMatch(Objects::isNull)) {
                    throw new NeedException(NeedException.Kind.INVALID, facet.parameter(), "needs.error.unknown-code",
                            "null", facet.parameter());
                }
                facets.put(facet, new LinkedHashSet<>(codes));
            }
        }
    }

    private final NeedService needs;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    NeedsController(NeedService needs, JsonMapper json, PlatformTransactionManager transactions) {
        this.needs = needs;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    @GetMapping
    PageJson list(@RequestParam MultiValueMap<String, String> params) {
        NeedQuery query = new NeedQuery(single(params, "q"), statuses(params), filters(params),
                integer(params, "page", 0), integer(params, "size", 20));
        NeedPage page = needs.list(query);
        return new PageJson(page.total(), page.page(), page.size(),
                page.items().stream().map(SummaryJson::of).toList());
    }

    @GetMapping("/{id}")
    DetailsJson one(@PathVariable long id) {
        return DetailsJson.of(needs.require(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DetailsJson> create(@RequestBody NeedBody body) {
        if (body == null) {
            throw new NeedException(NeedException.Kind.INVALID, "title", "needs.api.error.body-object");
        }
        NeedDetails created = needs.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/needs/" + created.id())).body(DetailsJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH_JSON})
    DetailsJson patch(@PathVariable long id, @RequestBody JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new NeedException(NeedException.Kind.INVALID, null, "needs.api.error.body-object");
        }
        for (String field : patch.propertyNames()) {
            if (!DRAFT_FIELDS.contains(field) && !STATUS_FIELDS.contains(field)) {
                throw new NeedException(NeedException.Kind.INVALID, field, "needs.api.error.unknown-field", field);
            }
        }
        transaction.executeWithoutResult(tx -> apply(id, (ObjectNode) patch));
        return DetailsJson.of(needs.require(id));
    }

    private void apply(long id, ObjectNode patch) {
        NeedDetails current = needs.require(id);
        NeedBody before = NeedBody.of(current);
        ObjectNode merged = json.valueToTree(before);
        boolean touched = false;
        for (String field : DRAFT_FIELDS) {
            if (patch.has(field)) {
                merged.set(field, patch.get(field));
                touched = true;
            }
        }
        if (touched) {
            NeedBody after = read(merged);
            if (!after.toDraft().equals(before.toDraft())) {
                needs.update(id, after.toDraft());
            }
        }
        if (patch.has("status") || patch.has("outcome") || patch.has("outcomeNote")) {
            NeedStatus status = patch.has("status") ? status(patch.get("status")) : current.status();
            NeedOutcome outcome = patch.has("outcome") ? outcome(patch.get("outcome"))
                    : status == NeedStatus.CLOSED ? current.outcome() : null;
            String note = patch.has("outcomeNote") ? text(patch.get("outcomeNote"), "outcomeNote")
                    : status == NeedStatus.CLOSED ? current.outcomeNote() : null;
            if (status != NeedStatus.CLOSED && note != null) {
                throw new NeedException(NeedException.Kind.INVALID, "outcomeNote", "needs.error.outcome-only-closed");
            }
            if (status != current.status() || status == NeedStatus.CLOSED) {
                needs.changeStatus(id, status, outcome, note);
            }
        }
    }

    private NeedBody read(ObjectNode merged) {
        try {
            return json.treeToValue(merged, NeedBody.class);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() || e.getPath().getFirst().getPropertyName() == null ? null
                    : e.getPath().getFirst().getPropertyName();
            throw new NeedException(NeedException.Kind.INVALID, field, "needs.api.error.bad-value",
                    field == null ? "" : field);
        }
    }

    private static NeedStatus status(JsonNode value) {
        NeedStatus status = value != null && value.isString() ? NeedStatus.parse(value.asString()) : null;
        if (status == null) {
            throw new NeedException(NeedException.Kind.INVALID, "status", "needs.error.unknown-status",
                    value == null ? "null" : value.toString());
        }
        return status;
    }

    private static NeedOutcome outcome(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        NeedOutcome outcome = value.isString() ? NeedOutcome.parse(value.asString()) : null;
        if (outcome == null) {
            throw new NeedException(NeedException.Kind.INVALID, "outcome", "needs.error.unknown-outcome",
                    value.toString());
        }
        return outcome;
    }

    private static String text(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new NeedException(NeedException.Kind.INVALID, field, "needs.api.error.bad-value", field);
        }
        return value.asString();
    }

    // ------------------------------------------------------------------ parameters

    static Map<String, Set<String>> facets(Map<NeedFacet, Set<String>> facets) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        facets.forEach((f, codes) -> out.put(f.parameter(), codes));
        return out;
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        return QueryParameters.values(params, name);
    }

    private static Set<NeedStatus> statuses(MultiValueMap<String, String> params) {
        Set<NeedStatus> statuses = new LinkedHashSet<>();
        for (String v : values(params, "status")) {
            NeedStatus s = NeedStatus.parse(v);
            if (s == null) {
                throw new NeedException(NeedException.Kind.INVALID, "status", "needs.error.unknown-status", v);
            }
            statuses.add(s);
        }
        return statuses;
    }

    private static Map<NeedFacet, Set<String>> filters(MultiValueMap<String, String> params) {
        Map<NeedFacet, Set<String>> filters = new EnumMap<>(NeedFacet.class);
        for (NeedFacet facet : NeedFacet.values()) {
            List<String> codes = values(params, facet.parameter());
            if (!codes.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(codes));
            }
        }
        return filters;
    }

    private static String single(MultiValueMap<String, String> params, String name) {
        return QueryParameters.single(params, name);
    }

    private static int integer(MultiValueMap<String, String> params, String name, int fallback) {
        return QueryParameters.integer(params, name, fallback,
                p -> new NeedException(NeedException.Kind.INVALID, p, "needs.error.not-a-number", p));
    }
}
