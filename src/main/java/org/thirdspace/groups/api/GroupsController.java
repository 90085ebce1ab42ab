package org.thirdspace.groups.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.thirdspace.groups.DashboardEntry;
import org.thirdspace.groups.FacilitatorDashboard;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupSearchResult;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.HistoryEntry;
import org.thirdspace.groups.HistoryType;
import org.thirdspace.groups.JoinRequest;
import org.thirdspace.groups.Member;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.PartnershipRecordService;
import org.thirdspace.groups.SeatService;
import org.thirdspace.groups.Stage;
import org.thirdspace.groups.Warning;
import org.thirdspace.people.PeopleService;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Groups for API clients: search, create, read, change, membership, history and warnings. A
 * group the caller may not see answers 404 like an unknown one. Reads of public groups work
 * without authentication; everything else needs a personal access token.
 */
@RestController
@RequestMapping(path = "/api/v1/groups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Groups", description = "Partnerships, networks, projects and communities of practice")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class GroupsController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    static final int MAX_HISTORY = 200;

    /** The fields of a {@link GroupDraft} a PATCH may set. */
    static final Set<String> DRAFT_FIELDS = Set.of("kind", "name", "purpose", "norms", "visibility", "joinPolicy",
            "parentId", "institutionIds", "activities", "phases", "regions");
    /** Fields of a PATCH that go to the partnership record. */
    static final Set<String> RECORD_FIELDS = Set.of("stage", "closureReason", "modelLevel");

    /** {@code GET /api/v1/groups}: one page of groups, with facet counts over what the caller may see. */
    record SearchPage(long total, int page, int size, List<GroupSearchResult.Hit> hits,
            Map<String, List<FacetJson>> facets) {
    }

    record FacetJson(String code, String label, long count) {
    }

    /** A request to join (no person or oneself) or an invitation (someone else, by a facilitator). */
    record MembershipRequest(Long personId, @Size(max = 1000) String message, Long institutionId) {
    }

    record Note(@Size(max = 500) String note) {
    }

    record RoleChange(@NotNull GroupRole role) {
    }

    record HistoryPage(long total, int offset, int limit, List<HistoryEntry> items) {
    }

    /** A single point of failure with its text in the caller's language. */
    record WarningJson(Warning.Kind kind, Long institutionId, String institutionName, Long seatId, String seatTitle,
            String personName, String message) {
    }

    private final GroupService groups;
    private final GroupSearch search;
    private final PartnershipRecordService records;
    private final SeatService seats;
    private final FacilitatorDashboard dashboard;
    private final PeopleService people;
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    GroupsController(GroupService groups, GroupSearch search, PartnershipRecordService records, SeatService seats,
            FacilitatorDashboard dashboard, PeopleService people, Vocabularies vocabularies, MessageSource messages,
            JsonMapper json, PlatformTransactionManager transactions) {
        this.groups = groups;
        this.search = search;
        this.records = records;
        this.seats = seats;
        this.dashboard = dashboard;
        this.people = people;
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    // --- search and the group itself ----------------------------------------------------------

    @GetMapping
    @Operation(summary = "Search groups",
            description = "Free text q over name, purpose, norms and owning institutions (typos forgiven). Filters "
                    + "kind, activity, phase, region, stage, model: repeat a parameter (or separate values with "
                    + "commas) to accept any of its values. page from 0, size 1 to 100 (default 20). Visitors see "
                    + "public groups, members also members-only ones, private groups only their own members.")
    SearchPage search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        GroupSearchQuery query = GroupSearchParameters.parse(params, vocabularies);
        GroupSearchResult result = search.search(query);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<FacetJson>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet, counts.stream()
                .map(c -> new FacetJson(c.code(), facetLabel(facet, c.code(), locale), c.count())).toList()));
        return new SearchPage(result.total(), query.page(), query.size(), result.hits(), facets);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a group; the caller becomes its facilitator",
            description = "A partnership needs at least two owning institutions. Answers 201 with the group, its "
                    + "Location and ETag.")
    ResponseEntity<GroupDetails> create(@Valid @RequestBody GroupDraft draft) {
        GroupDetails created = groups.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/groups/" + created.id()))
                .eTag(etag(created.version())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One group, with what the caller may do in it",
            description = "The ETag is the group's version: send it as If-Match with a PATCH.")
    ResponseEntity<GroupDetails> get(@PathVariable long id, WebRequest request) {
        GroupDetails details = groups.require(id);
        if (request.checkNotModified(etag(details.version()))) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag(details.version())).body(details);
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH_JSON})
    @Operation(summary = "Change a group (facilitators)",
            description = "A JSON merge patch over the group's fields (kind, name, purpose, norms, visibility, "
                    + "joinPolicy, parentId, institutionIds, activities, phases, regions) plus stage with "
                    + "closureReason and modelLevel for the partnership record. All or nothing. With If-Match "
                    + "(the ETag of GET), a group changed meanwhile answers 412.")
    ResponseEntity<GroupDetails> patch(@PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (patch == null || !patch.isObject()) {
            throw GroupException.invalid(null, "groups.api.error.patch-object");
        }
        for (String field : patch.propertyNames()) {
            if (!DRAFT_FIELDS.contains(field) && !RECORD_FIELDS.contains(field)) {
                throw GroupException.invalid(field, "groups.api.error.unknown-field", field);
            }
        }
        transaction.executeWithoutResult(status -> apply(id, (ObjectNode) patch, ifMatch));
        GroupDetails details = groups.require(id);
        return ResponseEntity.ok().eTag(etag(details.version())).body(details);
    }

    private void apply(long id, ObjectNode patch, String ifMatch) {
        GroupDetails current = groups.require(id);
        if (ifMatch != null && !ETags.matches(ifMatch, current.version())) {
            throw new PreconditionFailedException(current.version());
        }
        GroupDraft before = draftOf(current);
        ObjectNode merged = json.valueToTree(before);
        boolean draftChanged = false;
        for (String field : DRAFT_FIELDS) {
            if (patch.has(field)) {
                merged.set(field, patch.get(field));
                draftChanged = true;
            }
        }
        if (draftChanged) {
            GroupDraft draft = read(merged);
            if (!draft.equals(before)) {
                try {
                    groups.update(id, draft, current.version());
                } catch (GroupException e) {
                    if (ifMatch != null && e.kind() == GroupException.Kind.CONFLICT
                            && "groups.error.stale".equals(e.messageKey())) {
                        throw new PreconditionFailedException(groups.require(id).version());
                    }
                    throw e;
                }
            }
        }
        if (patch.has("stage") || patch.has("closureReason")) {
            Stage stage = patch.has("stage") ? stage(patch.get("stage")) : current.stage();
            String reason = patch.has("closureReason") ? text(patch.get("closureReason"), "closureReason")
                    : stage == current.stage() ? current.closureReason() : null;
            if (stage != Stage.CLOSED && patch.has("closureReason") && reason != null) {
                throw GroupException.invalid("closureReason", "groups.api.error.closure-reason");
            }
            if (stage != current.stage() || !Objects.equals(reason, current.closureReason())) {
                records.changeStage(id, stage, reason);
            }
        }
        if (patch.has("modelLevel")) {
            ModelLevel level = modelLevel(patch.get("modelLevel"));
            if (level != current.modelLevel()) {
                records.changeModelLevel(id, level);
            }
        }
    }

    private GroupDraft read(ObjectNode merged) {
        try {
            return json.treeToValue(merged, GroupDraft.class);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() || e.getPath().getFirst().getPropertyName() == null ? null
                    : e.getPath().getFirst().getPropertyName();
            throw GroupException.invalid(field, "groups.api.error.bad-value", field == null ? "" : field);
        }
    }

    private static GroupDraft draftOf(GroupDetails d) {
        return new GroupDraft(d.kind(), d.name(), d.purposeMarkdown(), d.normsMarkdown(), d.visibility(),
                d.joinPolicy(), d.parent() == null ? null : d.parent().id(),
                d.institutions().stream().map(i -> i.id()).toList(), d.activities(), d.phases(), d.regions(),
                d.modelLevel(), null);
    }

    private static Stage stage(JsonNode value) {
        if (value == null || !value.isString()) {
            throw GroupException.invalid("stage", "groups.api.error.bad-value", "stage");
        }
        try {
            return Stage.fromCode(value.asString().strip());
        } catch (IllegalArgumentException e) {
            throw GroupException.invalid("stage", "groups.error.unknown-code", "stage", value.asString());
        }
    }

    private static ModelLevel modelLevel(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() && !value.isIntegralNumber()) {
            throw GroupException.invalid("modelLevel", "groups.api.error.bad-value", "modelLevel");
        }
        String text = value.isIntegralNumber() ? Long.toString(value.asLong()) : value.asString().strip();
        try {
            return GroupSearchParameters.modelLevel(text);
        } catch (IllegalArgumentException e) {
            throw GroupException.invalid("modelLevel", "groups.error.unknown-code", "model level", text);
        }
    }

    private static String text(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw GroupException.invalid(field, "groups.api.error.bad-value", field);
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    // --- the caller's groups -------------------------------------------------------------------

    @GetMapping("/mine")
    @Operation(summary = "The caller's current groups, by name")
    List<GroupSummary> mine() {
        return groups.myGroups();
    }

    @GetMapping("/mine/requests")
    @Operation(summary = "The caller's open invitations and own open join requests")
    List<JoinRequest> myRequests() {
        return groups.myOpenRequests();
    }

    @GetMapping("/dashboard")
    @Operation(summary = "What needs attention in the groups the caller facilitates")
    List<DashboardEntry> dashboard() {
        return dashboard.myGroups();
    }

    // --- membership ----------------------------------------------------------------------------

    @GetMapping("/{id}/members")
    @Operation(summary = "Members of a group: current ones, and former ones with former=true (members only)")
    List<Member> members(@PathVariable long id, @RequestParam(name = "former", defaultValue = "false") boolean former) {
        return groups.members(id, former);
    }

    @PostMapping(path = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask to join, or invite someone",
            description = "Without personId (or with the caller's own), the caller asks to join on behalf of "
                    + "institutionId (one of their current institutions, or none). With another personId, a "
                    + "facilitator invites that person. Answers 201 with the request or invitation.")
    ResponseEntity<JoinRequest> join(@PathVariable long id, @Valid @RequestBody MembershipRequest body) {
        Long me = people.myPersonId().orElse(null);
        JoinRequest request = body.personId() == null || body.personId().equals(me)
                ? groups.requestToJoin(id, body.message(), body.institutionId())
                : groups.invite(id, body.personId(), body.message(), body.institutionId());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + id + "/members/requests/" + request.id()))
                .body(request);
    }

    @GetMapping("/{id}/members/requests")
    @Operation(summary = "Open join requests and invitations of a group (facilitators)")
    List<JoinRequest> openRequests(@PathVariable long id) {
        return groups.openRequests(id);
    }

    @PostMapping("/{id}/members/requests/{requestId}/approve")
    @Operation(summary = "Approve a join request (facilitators): the person becomes a member")
    JoinRequest approve(@PathVariable long id, @PathVariable long requestId) {
        requireOpenRequest(id, requestId);
        return groups.approve(requestId);
    }

    @PostMapping("/{id}/members/requests/{requestId}/decline")
    @Operation(summary = "Decline a join request (facilitators), with an optional note to the person")
    JoinRequest decline(@PathVariable long id, @PathVariable long requestId,
            @Valid @RequestBody(required = false) Note note) {
        requireOpenRequest(id, requestId);
        return groups.decline(requestId, note == null ? null : note.note());
    }

    @PostMapping("/{id}/members/requests/{requestId}/withdraw")
    @Operation(summary = "Withdraw the caller's own open join request")
    JoinRequest withdraw(@PathVariable long id, @PathVariable long requestId) {
        requireMine(id, requestId, JoinRequest.Kind.REQUEST);
        return groups.withdraw(requestId);
    }

    @PostMapping("/{id}/invitations/{invitationId}/accept")
    @Operation(summary = "Accept an invitation to the group: the caller becomes a member")
    JoinRequest acceptInvitation(@PathVariable long id, @PathVariable long invitationId) {
        requireMine(id, invitationId, JoinRequest.Kind.INVITATION);
        return groups.acceptInvitation(invitationId);
    }

    @PostMapping("/{id}/invitations/{invitationId}/decline")
    @Operation(summary = "Decline an invitation to the group, with an optional note")
    JoinRequest declineInvitation(@PathVariable long id, @PathVariable long invitationId,
            @Valid @RequestBody(required = false) Note note) {
        requireMine(id, invitationId, JoinRequest.Kind.INVITATION);
        return groups.declineInvitation(invitationId, note == null ? null : note.note());
    }

    @PostMapping("/{id}/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave the group (the caller's seat assignments in it end)")
    void leave(@PathVariable long id) {
        groups.leave(id);
    }

    @PutMapping(path = "/{id}/members/{personId}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a member's role (facilitators)")
    Member changeRole(@PathVariable long id, @PathVariable long personId, @Valid @RequestBody RoleChange change) {
        return groups.changeRole(id, personId, change.role());
    }

    @DeleteMapping("/{id}/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (facilitators); the reason is kept in the history")
    void remove(@PathVariable long id, @PathVariable long personId,
            @RequestParam(name = "reason", required = false) @Size(max = 500) String reason) {
        groups.remove(id, personId, reason);
    }

    private void requireOpenRequest(long groupId, long requestId) {
        if (groups.openRequests(groupId).stream().noneMatch(r -> r.id() == requestId)) {
            throw GroupException.notFound("groups.error.request-not-found");
        }
    }

    private void requireMine(long groupId, long requestId, JoinRequest.Kind kind) {
        if (groups.myOpenRequests().stream()
                .noneMatch(r -> r.id() == requestId && r.groupId() == groupId && r.kind() == kind)) {
            throw GroupException.notFound("groups.error.request-not-found");
        }
    }

    // --- timeline and warnings -----------------------------------------------------------------

    @GetMapping("/{id}/history")
    @Operation(summary = "The group's timeline, newest first (members only)",
            description = "Page with offset and limit (1 to 200, default 50), or page and size. Filter with type "
                    + "(repeatable), e.g. type=JOINED&type=LEFT.")
    HistoryPage history(@PathVariable long id, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        int limit = params.containsKey("size") ? bounded(params, "size", 50, 1, MAX_HISTORY)
                : bounded(params, "limit", 50, 1, MAX_HISTORY);
        int offset = params.containsKey("page")
                ? Math.multiplyExact(bounded(params, "page", 0, 0, Integer.MAX_VALUE / MAX_HISTORY), limit)
                : bounded(params, "offset", 0, 0, Integer.MAX_VALUE);
        Set<HistoryType> types = EnumSet.noneOf(HistoryType.class);
        for (String raw : params.getOrDefault("type", List.of())) {
            for (String value : raw.split(",")) {
                if (value.isBlank()) {
                    continue;
                }
                try {
                    types.add(HistoryType.valueOf(GroupSearchParameters.constant(value)));
                } catch (IllegalArgumentException e) {
                    throw GroupException.invalid("type", "groups.error.unknown-code", "type", value.strip());
                }
            }
        }
        List<HistoryEntry> items = groups.history(id, types, offset, limit);
        return new HistoryPage(groups.historyCount(id, types), offset, limit, items);
    }

    @GetMapping("/{id}/warnings")
    @Operation(summary = "Single points of failure of the group (members only)")
    List<WarningJson> warnings(@PathVariable long id) {
        Locale locale = LocaleContextHolder.getLocale();
        List<WarningJson> out = new ArrayList<>();
        for (Warning w : seats.warnings(id)) {
            String key = "groups.warning." + w.kind().name().toLowerCase(Locale.ROOT);
            Object[] args = w.kind() == Warning.Kind.SINGLE_PERSON_SIDE
                    ? new Object[] {w.institutionName(), w.personName()}
                    : new Object[] {w.seatTitle(), w.institutionName(), w.personName()};
            out.add(new WarningJson(w.kind(), w.institutionId(), w.institutionName(), w.seatId(), w.seatTitle(),
                    w.personName(), messages.getMessage(key, args, key, locale)));
        }
        return out;
    }

    // --- helpers -------------------------------------------------------------------------------

    /** The ETag of a group version (strong: the version changes with every change). */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static int bounded(MultiValueMap<String, String> params, String name, int fallback, int min, int max) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw GroupException.invalid(name, "groups.api.error.number", name);
        }
        if (n < min || n > max) {
            throw GroupException.invalid(name, "groups.api.error.range", name, min, max);
        }
        return n;
    }

    private String facetLabel(String facet, String code, Locale locale) {
        try {
            return switch (facet) {
                case "kind" -> {
                    String key = "groups.kind." + code.toLowerCase(Locale.ROOT);
                    yield messages.getMessage(key, null, code, locale);
                }
                case "activity" -> vocabularies.label(Vocabulary.ACTIVITY_TYPE, code, locale);
                case "phase" -> vocabularies.label(Vocabulary.PHASE, code, locale);
                case "region" -> vocabularies.label(Vocabulary.REGION, code, locale);
                case "stage" -> vocabularies.label(Vocabulary.STAGE, Stage.valueOf(code).code(), locale);
                case "model" -> vocabularies.label(Vocabulary.PARTNERSHIP_MODEL, ModelLevel.valueOf(code).code(), locale);
                default -> code;
            };
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
