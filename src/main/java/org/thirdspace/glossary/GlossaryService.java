package org.thirdspace.glossary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thirdspace.glossary.internal.GlossaryTermEntity;
import org.thirdspace.glossary.internal.GlossaryTermEntity.VocabularyLink;
import org.thirdspace.glossary.internal.GlossaryTermRepository;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.shared.ContentRef;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;
import org.thirdspace.vocabularies.VocabularyChanged;

/**
 * The glossary: everyone reads it (A–Z, searchable); moderators create, change and delete terms
 * (each change published as an {@link AuditableAction} and a {@link GlossaryChanged} in the same
 * transaction). Terms are unique by {@link GlossaryAnnotator#key}; a free-text synonym may not be
 * another term's name or synonym. {@link #annotate} marks terms in safe HTML from a cached
 * annotator that is dropped whenever the glossary or a vocabulary changes.
 */
@Service
@Transactional(readOnly = true)
public class GlossaryService {

    public static final int MAX_TERM = 120;
    public static final int MAX_DEFINITION = 2000;
    public static final int MAX_SYNONYMS = 20;
    public static final int MAX_VOCABULARY_TERMS = 10;
    public static final int MAX_QUERY = 200;
    public static final int MAX_SIZE = 200;

    private final GlossaryTermRepository terms;
    private final MarkdownRenderer markdown;
    private final Vocabularies vocabularies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Locale, List<GlossaryEntry>> entriesCache = new ConcurrentHashMap<>();
    private final Map<Locale, GlossaryAnnotator> annotatorCache = new ConcurrentHashMap<>();

    GlossaryService(GlossaryTermRepository terms, MarkdownRenderer markdown, Vocabularies vocabularies,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.markdown = markdown;
        this.vocabularies = vocabularies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** Every term, A–Z (cached). */
    public List<GlossaryEntry> entries() {
        return entriesCache.computeIfAbsent(locale(), this::load);
    }

    /**
     * A page of the terms whose name, synonyms or definition contain the text (ignoring case),
     * names matching first; without text all, A–Z. {@code page} from 0, {@code size} 1 to
     * {@value #MAX_SIZE}.
     */
    public GlossaryPage search(String text, int page, int size) {
        String q = text == null ? "" : text.strip();
        if (q.length() > MAX_QUERY) {
            throw GlossaryException.invalid("q", "glossary.error.query-too-long", MAX_QUERY);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw GlossaryException.invalid("size", "glossary.error.size", MAX_SIZE);
        }
        if (page < 0) {
            throw GlossaryException.invalid("page", "glossary.error.page");
        }
        List<GlossaryEntry> all = entries();
        List<GlossaryEntry> matches;
        if (q.isEmpty()) {
            matches = all;
        } else {
            String needle = GlossaryAnnotator.key(q);
            List<GlossaryEntry> byName = new ArrayList<>();
            List<GlossaryEntry> byDefinition = new ArrayList<>();
            for (GlossaryEntry e : all) {
                if (GlossaryAnnotator.key(e.term()).contains(needle)
                        || e.allSynonyms().stream().anyMatch(s -> GlossaryAnnotator.key(s).contains(needle))) {
                    byName.add(e);
                } else if (GlossaryAnnotator.key(e.definitionMarkdown()).contains(needle)) {
                    byDefinition.add(e);
                }
            }
            matches = new ArrayList<>(byName);
            matches.addAll(byDefinition);
        }
        long from = (long) page * size;
        List<GlossaryEntry> items = from >= matches.size() ? List.of()
                : matches.subList((int) from, (int) Math.min(matches.size(), from + size));
        return new GlossaryPage(matches.size(), page, size, List.copyOf(items));
    }

    public Optional<GlossaryEntry> find(long id) {
        return entries().stream().filter(e -> e.id() == id).findFirst();
    }

    public GlossaryEntry require(long id) {
        return find(id).orElseThrow(GlossaryService::notFound);
    }

    /**
     * Safe HTML fragments of one page with the first occurrence of each glossary term marked (see
     * {@link GlossaryAnnotator}); cheap when nothing matches. The input must already be sanitised.
     */
    public List<String> annotate(List<String> safeHtmlFragments) {
        return annotator().annotate(safeHtmlFragments);
    }

    public String annotate(String safeHtml) {
        return annotator().annotate(safeHtml);
    }

    GlossaryAnnotator annotator() {
        return annotatorCache.computeIfAbsent(locale(), l -> GlossaryAnnotator.of(entries().stream()
                .map(e -> new GlossaryAnnotator.Entry(e.term(), markdown.toPlainText(e.definitionMarkdown()),
                        e.allSynonyms()))
                .toList()));
    }

    private List<GlossaryEntry> load(Locale locale) {
        return terms.findAllByOrderByTermKeyAsc().stream().map(t -> toEntry(t, locale)).toList();
    }

    private GlossaryEntry toEntry(GlossaryTermEntity t, Locale locale) {
        List<VocabularyTermRef> refs = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>(t.synonyms());
        t.vocabularyTerms().stream()
                .sorted(java.util.Comparator.comparing(VocabularyLink::vocabulary).thenComparing(VocabularyLink::code))
                .forEach(link -> {
                    Optional<Term> term = vocabulary(link.vocabulary())
                            .flatMap(v -> vocabularies.term(v, link.code(), locale));
                    refs.add(new VocabularyTermRef(link.vocabulary(), link.code(),
                            term.map(Term::label).orElse(link.code())));
                    term.ifPresent(found -> {
                        all.add(found.label());
                        all.addAll(found.synonyms());
                    });
                });
        String termKey = t.termKey();
        all.removeIf(s -> GlossaryAnnotator.key(s).equals(termKey) || GlossaryAnnotator.key(s).isEmpty());
        return new GlossaryEntry(t.id(), t.term(), t.definition(), markdown.toHtml(t.definition()), t.synonyms(), refs,
                dedupe(all), t.updatedAt(), t.version());
    }

    private static List<String> dedupe(Collection<String> names) {
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        names.forEach(n -> byKey.putIfAbsent(GlossaryAnnotator.key(n), n.strip()));
        return List.copyOf(byKey.values());
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public GlossaryEntry create(GlossaryDraft draft) {
        Valid valid = validate(draft, null);
        GlossaryTermEntity entity = new GlossaryTermEntity(clock.instant());
        entity.apply(valid.term, valid.key, valid.definition, valid.synonyms, valid.links, actorId(), clock.instant());
        GlossaryTermEntity saved = save(entity);
        publish(saved.id(), "glossary.create", valid.term, null, describe(saved));
        return toEntry(saved, locale());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public GlossaryEntry update(long id, GlossaryDraft draft) {
        GlossaryTermEntity entity = terms.findById(id).orElseThrow(GlossaryService::notFound);
        Valid valid = validate(draft, id);
        String before = describe(entity);
        entity.apply(valid.term, valid.key, valid.definition, valid.synonyms, valid.links, actorId(), clock.instant());
        GlossaryTermEntity saved = save(entity);
        publish(id, "glossary.update", valid.term, before, describe(saved));
        return toEntry(saved, locale());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
    public void delete(long id) {
        GlossaryTermEntity entity = terms.findById(id).orElseThrow(GlossaryService::notFound);
        String before = describe(entity);
        terms.delete(entity);
        terms.flush();
        publish(id, "glossary.delete", entity.term(), before, null);
    }

    private GlossaryTermEntity save(GlossaryTermEntity entity) {
        try {
            return terms.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            throw new GlossaryException(GlossaryException.Kind.CONFLICT, "term", "glossary.error.term-taken",
                    entity.term());
        }
    }

    private void publish(long id, String action, String term, String before, String after) {
        events.publishEvent(new AuditableAction(currentUser.id().orElse(null), currentUser.displayName().orElse(null),
                action, ContentRef.of("glossary-term", id), term, before, after));
        events.publishEvent(new GlossaryChanged(id));
        invalidate();
    }

    private static String describe(GlossaryTermEntity t) {
        return "term: " + t.term() + "\ndefinition: " + t.definition() + "\nsynonyms: " + String.join(", ", t.synonyms())
                + "\nvocabulary terms: " + String.join(", ", t.vocabularyTerms().stream()
                        .map(l -> l.vocabulary() + ":" + l.code()).sorted().toList());
    }

    private record Valid(String term, String key, String definition, List<String> synonyms, Set<VocabularyLink> links) {
    }

    private Valid validate(GlossaryDraft draft, Long self) {
        if (draft == null) {
            throw GlossaryException.invalid("term", "glossary.error.term-required");
        }
        String term = clean(draft.term(), "term");
        if (term.length() < 2 || term.length() > MAX_TERM) {
            throw GlossaryException.invalid("term", "glossary.error.term-length", MAX_TERM);
        }
        String definition = draft.definition() == null ? "" : draft.definition().strip();
        if (definition.isEmpty()) {
            throw GlossaryException.invalid("definition", "glossary.error.definition-required");
        }
        if (definition.length() > MAX_DEFINITION) {
            throw GlossaryException.invalid("definition", "glossary.error.definition-too-long", MAX_DEFINITION);
        }
        clean(definition, "definition");
        if (draft.synonyms().size() > MAX_SYNONYMS) {
            throw GlossaryException.invalid("synonyms", "glossary.error.too-many-synonyms", MAX_SYNONYMS);
        }
        String key = GlossaryAnnotator.key(term);
        Map<String, String> synonyms = new java.util.LinkedHashMap<>();
        for (int i = 0; i < draft.synonyms().size(); i++) {
            String field = "synonyms[" + i + "]";
            String synonym = clean(draft.synonyms().get(i), field);
            if (synonym.isEmpty() || synonym.length() > MAX_TERM) {
                throw GlossaryException.invalid(field, "glossary.error.synonym-length", MAX_TERM);
            }
            String synonymKey = GlossaryAnnotator.key(synonym);
            if (!synonymKey.equals(key)) {
                synonyms.putIfAbsent(synonymKey, synonym);
            }
        }
        if (draft.vocabularyTerms().size() > MAX_VOCABULARY_TERMS) {
            throw GlossaryException.invalid("vocabularyTerms", "glossary.error.too-many-vocabulary-terms",
                    MAX_VOCABULARY_TERMS);
        }
        Set<VocabularyLink> links = new LinkedHashSet<>();
        for (int i = 0; i < draft.vocabularyTerms().size(); i++) {
            VocabularyTermRef ref = draft.vocabularyTerms().get(i);
            String field = "vocabularyTerms[" + i + "]";
            Vocabulary vocabulary = ref == null ? null : vocabulary(ref.vocabulary()).orElse(null);
            if (vocabulary == null) {
                throw GlossaryException.invalid(field + ".vocabulary", "glossary.error.unknown-vocabulary",
                        ref == null ? "" : String.valueOf(ref.vocabulary()));
            }
            try {
                vocabularies.requireActive(vocabulary, List.of(ref.code() == null ? "" : ref.code()));
            } catch (UnknownTermException e) {
                throw GlossaryException.invalid(field + ".code", "glossary.error.unknown-term", String.valueOf(ref.code()),
                        vocabulary.code());
            }
            links.add(new VocabularyLink(vocabulary.code(), ref.code()));
        }
        // a name may belong to one term only, so marking is never ambiguous
        Map<String, String> taken = new HashMap<>();
        for (GlossaryTermEntity other : terms.findAllByOrderByTermKeyAsc()) {
            if (self != null && other.id().equals(self)) {
                continue;
            }
            taken.put(other.termKey(), other.term());
            other.synonyms().forEach(s -> taken.put(GlossaryAnnotator.key(s), other.term()));
        }
        if (taken.containsKey(key)) {
            throw new GlossaryException(GlossaryException.Kind.CONFLICT, "term", "glossary.error.term-taken",
                    taken.get(key));
        }
        int i = 0;
        for (String synonymKey : synonyms.keySet()) {
            if (taken.containsKey(synonymKey)) {
                throw new GlossaryException(GlossaryException.Kind.CONFLICT, "synonyms[" + i + "]",
                        "glossary.error.synonym-taken", synonyms.get(synonymKey), taken.get(synonymKey));
            }
            i++;
        }
        return new Valid(term, key, definition, List.copyOf(synonyms.values()), links);
    }

    private static String clean(String text, String field) {
        String value = text == null ? "" : text.strip();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD'
                    || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(++i))))) {
                throw GlossaryException.invalid(field, "glossary.error.bad-characters");
            }
        }
        if (!"definition".equals(field) && value.indexOf('\n') >= 0) {
            throw GlossaryException.invalid(field, "glossary.error.single-line");
        }
        return value;
    }

    private static Optional<Vocabulary> vocabulary(String code) {
        try {
            return Optional.of(Vocabulary.fromCode(code == null ? "" : code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Long actorId() {
        return currentUser.id().orElse(null);
    }

    private static GlossaryException notFound() {
        return new GlossaryException(GlossaryException.Kind.NOT_FOUND, null, "glossary.error.not-found");
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    // ------------------------------------------------------------------ cache

    /** Forgets the cached terms (on change: now, and again after commit so no reader keeps a stale copy). */
    void invalidate() {
        entriesCache.clear();
        annotatorCache.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void afterGlossaryChange(GlossaryChanged changed) {
        invalidate();
    }

    /** Vocabulary labels and synonyms are synonyms here too: forget them now and after the change commits. */
    @EventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void onVocabularyChanged(VocabularyChanged changed) {
        invalidate();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void afterVocabularyChange(VocabularyChanged changed) {
        invalidate();
    }
}
