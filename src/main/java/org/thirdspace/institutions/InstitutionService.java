package org.thirdspace.institutions;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.institutions.internal.Institution;
import org.thirdspace.institutions.internal.InstitutionRepository;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

import jakarta.validation.Valid;

/**
 * Schools, colleges, universities and the other organisations partnerships are made of.
 * Searches go to the search index (typo-tolerant, by name or alias) and fall back to the
 * database when the index is unreachable. Merging a duplicate keeps its row as a tombstone
 * ({@code mergedInto}) so old links still lead somewhere.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InstitutionService {

    private static final Logger log = LoggerFactory.getLogger(InstitutionService.class);
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    static final int MAX_SUGGESTIONS = 20;

    private final InstitutionRepository institutions;
    private final InstitutionSearch search;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstitutionService(InstitutionRepository institutions, InstitutionSearch search, Vocabularies vocabularies,
            ApplicationEventPublisher events, Clock clock) {
        this.institutions = institutions;
        this.search = search;
        this.vocabularies = vocabularies;
        this.events = events;
        this.clock = clock;
    }

    /** The institution with this id, also when it is the tombstone of a merged duplicate. */
    public Optional<InstitutionSummary> find(long id) {
        return institutions.findById(id).map(Institution::toSummary);
    }

    public Optional<InstitutionDetails> details(long id) {
        return institutions.findById(id).map(Institution::toDetails);
    }

    /** The id to use now: the id itself, or the survivor a duplicate was merged into (following chains). */
    public Optional<Long> resolve(long id) {
        Optional<Institution> found = institutions.findById(id);
        Set<Long> seen = new HashSet<>();
        while (found.isPresent() && found.get().getMergedInto() != null && seen.add(found.get().getId())) {
            found = institutions.findById(found.get().getMergedInto());
        }
        return found.map(Institution::getId);
    }

    /** Institutions whose parent this one is (members of a trust, schools of an alliance), by name. */
    public List<InstitutionSummary> children(long id) {
        return institutions.findByParentIdAndMergedIntoIsNullOrderByNameAsc(id).stream()
                .map(Institution::toSummary).toList();
    }

    /**
     * Institutions matching the text by name, alias, town or postcode (typos forgiven), best first;
     * all institutions by name for an empty text. Merged duplicates are never listed.
     */
    public Page<InstitutionSummary> search(String text, Pageable page) {
        String term = text == null ? "" : text.strip();
        if (term.isEmpty()) {
            Pageable byName = page.getSort().isSorted() ? page
                    : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name", "id"));
            return institutions.findByMergedIntoIsNull(byName).map(Institution::toSummary);
        }
        try {
            InstitutionSearch.Hits hits = search.search(term, (int) page.getOffset(), page.getPageSize());
            return new PageImpl<>(inOrder(hits.ids()), page, hits.total());
        } catch (SearchIndexException e) {
            log.warn("Institution search falls back to the database: {}", e.getMessage());
            return institutions.searchByNameOrAlias("%" + like(term) + "%",
                    PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name", "id")))
                    .map(Institution::toSummary);
        }
    }

    /**
     * Typeahead: institutions whose name or an alias starts with the prefix (typos forgiven when the
     * search index answers; prefix matching in the database otherwise).
     */
    public List<InstitutionSuggestion> suggest(String prefix, int limit) {
        String term = prefix == null ? "" : prefix.strip();
        int size = Math.max(1, Math.min(limit, MAX_SUGGESTIONS));
        if (term.isEmpty()) {
            return List.of();
        }
        try {
            return inOrder(search.suggest(term, size)).stream().map(InstitutionService::suggestion).toList();
        } catch (SearchIndexException e) {
            log.warn("Institution suggestions fall back to the database: {}", e.getMessage());
            String p = like(term.toLowerCase(Locale.ROOT));
            return institutions.suggestByNameOrAlias(p + "%", "% " + p + "%", PageRequest.of(0, size, Sort.by("name")))
                    .stream().map(i -> suggestion(i.toSummary())).toList();
        }
    }

    private static InstitutionSuggestion suggestion(InstitutionSummary s) {
        return new InstitutionSuggestion(s.id(), s.name(), s.sector(), s.town());
    }

    private List<InstitutionSummary> inOrder(List<Long> ids) {
        Map<Long, InstitutionSummary> byId = new LinkedHashMap<>();
        institutions.findAllById(ids).forEach(i -> {
            if (i.getMergedInto() == null) {
                byId.put(i.getId(), i.toSummary());
            }
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String like(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public long count() {
        return institutions.count();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public InstitutionSummary register(@Valid NewInstitution institution) {
        NewInstitution valid = validate(null, institution);
        Institution saved = institutions.save(Institution.from(valid, clock.instant()));
        events.publishEvent(new InstitutionChanged(saved.getId()));
        return saved.toSummary();
    }

    /** Registers many institutions in one transaction (used by imports and the demo data). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<InstitutionSummary> registerAll(List<@Valid NewInstitution> newInstitutions) {
        var now = clock.instant();
        List<Institution> saved = institutions.saveAll(newInstitutions.stream()
                .map(n -> Institution.from(validate(null, n), now)).toList());
        saved.forEach(i -> events.publishEvent(new InstitutionChanged(i.getId())));
        return saved.stream().map(Institution::toSummary).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public InstitutionDetails update(long id, @Valid NewInstitution changes) {
        Institution institution = institutions.findById(id).orElseThrow(InstitutionException::notFound);
        if (institution.getMergedInto() != null) {
            throw new InstitutionException(InstitutionException.Reason.CONFLICT, null, "institutions.error.merged");
        }
        institution.apply(validate(id, changes), clock.instant());
        events.publishEvent(new InstitutionChanged(id));
        return institution.toDetails();
    }

    /** What {@link #merge} would move, without changing anything. */
    public MergePlan mergePlan(long survivorId, long duplicateId) {
        Institution survivor = mergeable(survivorId, "survivor");
        Institution duplicate = mergeable(duplicateId, "duplicate");
        if (survivorId == duplicateId) {
            throw InstitutionException.invalid("duplicate", "institutions.error.merge-same");
        }
        var names = new ArrayList<String>();
        Set<String> taken = new HashSet<>();
        taken.add(survivor.getName().toLowerCase(Locale.ROOT));
        survivor.getAliases().forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
        var candidates = new ArrayList<String>();
        candidates.add(duplicate.getName());
        candidates.addAll(duplicate.getAliases().stream().sorted().toList());
        for (String n : candidates) {
            if (taken.add(n.toLowerCase(Locale.ROOT))) {
                names.add(n);
            }
        }
        List<InstitutionSummary> children = institutions.findByParentIdAndMergedIntoIsNullOrderByNameAsc(duplicateId)
                .stream().filter(c -> c.getId() != survivorId).map(Institution::toSummary).toList();
        return new MergePlan(survivor.toSummary(), duplicate.toSummary(), names, children,
                institutions.findByMergedInto(duplicateId).size());
    }

    /**
     * Merges a duplicate into the survivor in one transaction: the duplicate's name and aliases
     * become aliases of the survivor, its children move to the survivor, earlier tombstones that
     * pointed at it point at the survivor, and the duplicate stays as a tombstone. Publishes
     * {@link InstitutionsMerged} (other features move their references) and {@link InstitutionChanged}
     * for the survivor and moved children.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public MergePlan merge(long survivorId, long duplicateId) {
        MergePlan plan = mergePlan(survivorId, duplicateId);
        Instant now = clock.instant();
        Institution survivor = institutions.findById(survivorId).orElseThrow(InstitutionException::notFound);
        Institution duplicate = institutions.findById(duplicateId).orElseThrow(InstitutionException::notFound);
        survivor.absorb(duplicate, now);
        if (survivor.getParentId() != null && survivor.getParentId() == duplicateId) {
            survivor.reparent(duplicate.getParentId() != null && duplicate.getParentId() == survivorId ? null
                    : duplicate.getParentId(), now);
        }
        var moved = new ArrayList<Long>();
        for (Institution child : institutions.findByParentId(duplicateId)) {
            if (child.getId() != survivorId) {
                child.reparent(survivorId, now);
                moved.add(child.getId());
            }
        }
        for (Institution tombstone : institutions.findByMergedInto(duplicateId)) {
            tombstone.mergeInto(survivorId, now);
        }
        duplicate.mergeInto(survivorId, now);
        if (duplicate.getParentId() != null) {
            duplicate.reparent(null, now);
        }
        institutions.flush();
        events.publishEvent(new InstitutionsMerged(survivorId, duplicateId));
        events.publishEvent(new InstitutionChanged(survivorId));
        moved.forEach(id -> events.publishEvent(new InstitutionChanged(id)));
        return plan;
    }

    private Institution mergeable(long id, String field) {
        Institution institution = institutions.findById(id)
                .orElseThrow(() -> new InstitutionException(InstitutionException.Reason.NOT_FOUND, field,
                        "institutions.error.not-found"));
        if (institution.getMergedInto() != null) {
            throw new InstitutionException(InstitutionException.Reason.CONFLICT, field, "institutions.error.merged");
        }
        return institution;
    }

    /** Checks the rules bean validation cannot express; returns the values to store (phases made current). */
    NewInstitution validate(Long id, NewInstitution n) {
        if (n.name() == null || n.name().isBlank()) {
            throw InstitutionException.invalid("name", "institutions.error.name-required");
        }
        if (n.name().strip().length() > 200) {
            throw InstitutionException.invalid("name", "institutions.error.name-too-long");
        }
        if (n.sector() == null) {
            throw InstitutionException.invalid("sector", "institutions.error.sector-required");
        }
        if (n.region() == null) {
            throw InstitutionException.invalid("region", "institutions.error.region-required");
        }
        if (n.postcode() != null && !n.postcode().isBlank()
                && !POSTCODE.matcher(n.postcode().strip().toUpperCase(Locale.ROOT)).matches()) {
            throw InstitutionException.invalid("postcode", "institutions.error.postcode");
        }
        if (n.website() != null && !n.website().isBlank() && !isWebAddress(n.website().strip())) {
            throw InstitutionException.invalid("website", "institutions.error.website");
        }
        if (n.aliases().size() > 30 || n.aliases().stream().anyMatch(a -> a == null || a.strip().length() > 200)) {
            throw InstitutionException.invalid("aliases", "institutions.error.aliases");
        }
        if (n.parentId() != null) {
            checkParent(id, n.parentId());
        }
        List<String> phases;
        try {
            phases = n.phases().stream().map(p -> vocabularies.current(Vocabulary.PHASE, p)).distinct().toList();
            vocabularies.requireActive(Vocabulary.PHASE, phases);
        } catch (UnknownTermException e) {
            throw InstitutionException.invalid("phases", "institutions.error.phase-unknown");
        }
        return n.withPhases(phases);
    }

    private void checkParent(Long id, long parentId) {
        if (id != null && id == parentId) {
            throw InstitutionException.invalid("parentId", "institutions.error.parent-cycle");
        }
        Institution parent = institutions.findById(parentId)
                .orElseThrow(() -> InstitutionException.invalid("parentId", "institutions.error.parent-unknown"));
        if (parent.getMergedInto() != null) {
            throw InstitutionException.invalid("parentId", "institutions.error.parent-merged");
        }
        Set<Long> seen = new HashSet<>();
        for (Long up = parent.getParentId(); up != null && seen.add(up);
                up = institutions.findById(up).map(Institution::getParentId).orElse(null)) {
            if (id != null && up.longValue() == id) {
                throw InstitutionException.invalid("parentId", "institutions.error.parent-cycle");
            }
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
