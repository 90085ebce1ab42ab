package org.thirdspace.vocabularies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.internal.VocabularyTerm;
import org.thirdspace.vocabularies.internal.VocabularyTermRepository;

/**
 * The {@link Vocabularies} of the product: stored terms cached in memory per vocabulary (reloaded
 * when {@link VocabularyAdministration} changes one), SECTOR and REGION straight from their enums.
 */
@Service
class VocabularyCatalogue implements Vocabularies {

    /** A cached term, locale-independent. */
    record Entry(String code, String storedLabel, boolean builtIn, List<String> synonyms, boolean retired,
            String successorCode, int sortOrder) {
    }

    private final VocabularyTermRepository repository;
    private final MessageSource messages;
    private final Map<Vocabulary, Map<String, Entry>> cache = new EnumMap<>(Vocabulary.class);

    VocabularyCatalogue(VocabularyTermRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** Forgets the cached terms of a vocabulary (after a committed change). */
    void invalidate(Vocabulary vocabulary) {
        synchronized (cache) {
            cache.remove(vocabulary);
        }
    }

    /** Terms in display order (retired ones included), keyed by code. */
    Map<String, Entry> entries(Vocabulary vocabulary) {
        synchronized (cache) {
            Map<String, Entry> cached = cache.get(vocabulary);
            if (cached != null) {
                return cached;
            }
        }
        Map<String, Entry> loaded = load(vocabulary);
        synchronized (cache) {
            cache.putIfAbsent(vocabulary, loaded);
            return cache.get(vocabulary);
        }
    }

    private Map<String, Entry> load(Vocabulary vocabulary) {
        var map = new LinkedHashMap<String, Entry>();
        switch (vocabulary) {
            case SECTOR -> {
                int n = 0;
                for (Sector s : Sector.values()) {
                    map.put(s.code(), new Entry(s.code(), s.code(), true, List.of(), false, null, 10 * ++n));
                }
            }
            case REGION -> {
                int n = 0;
                for (Region r : Region.values()) {
                    map.put(r.code(), new Entry(r.code(), r.code(), true, List.of(), false, null, 10 * ++n));
                }
            }
            default -> {
                for (VocabularyTerm t : repository.findByVocabularyOrderBySortOrderAscCodeAsc(vocabulary.code())) {
                    map.put(t.code(), new Entry(t.code(), t.label(), t.builtIn(), t.synonyms(), t.retired(),
                            t.successorCode(), t.sortOrder()));
                }
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private Term toTerm(Vocabulary vocabulary, Entry e, Locale locale) {
        return new Term(vocabulary, e.code(), label(vocabulary, e, locale), e.synonyms(), e.retired(),
                e.successorCode(), e.sortOrder());
    }

    private String label(Vocabulary vocabulary, Entry e, Locale locale) {
        if (e.builtIn()) {
            String fromBundle = messages.getMessage("vocab." + vocabulary.code() + "." + e.code(), null, null,
                    locale == null ? Locale.ENGLISH : locale);
            if (fromBundle != null) {
                return fromBundle;
            }
        }
        return e.storedLabel();
    }

    @Override
    public List<Term> terms(Vocabulary vocabulary, Locale locale) {
        return entries(vocabulary).values().stream().filter(e -> !e.retired())
                .map(e -> toTerm(vocabulary, e, locale)).toList();
    }

    @Override
    public List<Term> allTerms(Vocabulary vocabulary, Locale locale) {
        return entries(vocabulary).values().stream().map(e -> toTerm(vocabulary, e, locale)).toList();
    }

    @Override
    public Optional<Term> term(Vocabulary vocabulary, String code, Locale locale) {
        return Optional.ofNullable(code).map(c -> entries(vocabulary).get(c)).map(e -> toTerm(vocabulary, e, locale));
    }

    @Override
    public boolean isKnown(Vocabulary vocabulary, String code) {
        return code != null && entries(vocabulary).containsKey(code);
    }

    @Override
    public String current(Vocabulary vocabulary, String code) {
        Map<String, Entry> entries = entries(vocabulary);
        Entry entry = code == null ? null : entries.get(code);
        if (entry == null) {
            throw new UnknownTermException(vocabulary, code, "'" + code + "' is not a term of the vocabulary "
                    + vocabulary.code());
        }
        Set<String> seen = new HashSet<>();
        while (entry.retired() && entry.successorCode() != null && seen.add(entry.code())) {
            Entry next = entries.get(entry.successorCode());
            if (next == null) {
                break;
            }
            entry = next;
        }
        return entry.code();
    }

    @Override
    public void requireActive(Vocabulary vocabulary, Collection<String> codes) {
        Map<String, Entry> entries = entries(vocabulary);
        for (String code : codes) {
            Entry entry = code == null ? null : entries.get(code);
            if (entry == null) {
                throw new UnknownTermException(vocabulary, code, "'" + code + "' is not a term of the vocabulary "
                        + vocabulary.code());
            }
            if (entry.retired()) {
                throw new UnknownTermException(vocabulary, code, "'" + code + "' is a retired term of the vocabulary "
                        + vocabulary.code() + (entry.successorCode() == null ? "" : "; use '" + entry.successorCode() + "'"));
            }
        }
    }

    /**
     * Active terms whose code, label (in the locale and as stored) or a synonym occurs as a whole
     * phrase in the text, ignoring case, accents and punctuation: "teacher tutor" finds the mentor,
     * "our head teacher" the senior leader.
     */
    @Override
    public Set<Term> matching(Vocabulary vocabulary, String text, Locale locale) {
        String haystack = " " + normalise(text) + " ";
        if (haystack.isBlank()) {
            return Set.of();
        }
        var result = new LinkedHashSet<Term>();
        for (Entry e : entries(vocabulary).values()) {
            if (e.retired()) {
                continue;
            }
            Term term = toTerm(vocabulary, e, locale);
            List<String> phrases = new ArrayList<>(e.synonyms());
            phrases.add(term.label());
            phrases.add(e.storedLabel());
            phrases.add(e.code());
            for (String phrase : phrases) {
                String needle = normalise(phrase);
                if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
                    result.add(term);
                    break;
                }
            }
        }
        return result;
    }

    /** Lower case, no accents, every run of non-letters/digits one space. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static Comparator<Term> displayOrder() {
        return Comparator.comparingInt(Term::sortOrder).thenComparing(Term::code);
    }
}
