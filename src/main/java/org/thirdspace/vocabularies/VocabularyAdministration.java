package org.thirdspace.vocabularies;

import java.text.Normalizer;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thirdspace.vocabularies.VocabularyException.Reason;
import org.thirdspace.vocabularies.internal.VocabularyTerm;
import org.thirdspace.vocabularies.internal.VocabularyTermRepository;

/**
 * How moderators keep the editable vocabularies tidy: add terms, synonyms, relabel, retire a term
 * (optionally mapping it to a successor) and reorder. Codes never change and are never deleted, so
 * stored data never breaks; {@link Vocabularies#current} maps retired codes to their successors.
 * Every change publishes {@link VocabularyChanged}.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MODERATOR','ADMIN')")
public class VocabularyAdministration {

    static final int MAX_LABEL = 200;
    static final int MAX_CODE = 80;

    private final VocabularyTermRepository repository;
    private final VocabularyCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VocabularyAdministration(VocabularyTermRepository repository, VocabularyCatalogue catalogue,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a term at the end; its code is derived from the label (made unique with a number). */
    public Term addTerm(Vocabulary vocabulary, String label) {
        requireEditable(vocabulary);
        String clean = label(label);
        requireUnusedName(vocabulary, clean, null);
        String base = codeFor(clean);
        String code = base;
        for (int n = 2; repository.existsByVocabularyAndCode(vocabulary.code(), code); n++) {
            code = base.substring(0, Math.min(base.length(), MAX_CODE - 4)) + "-" + n;
        }
        int last = repository.findByVocabularyOrderBySortOrderAscCodeAsc(vocabulary.code()).stream()
                .mapToInt(VocabularyTerm::sortOrder).max().orElse(0);
        repository.save(VocabularyTerm.added(vocabulary.code(), code, clean, last + 10, clock.instant()));
        changed(vocabulary);
        return new Term(vocabulary, code, clean, List.of(), false, null, last + 10);
    }

    public void addSynonym(Vocabulary vocabulary, String code, String synonym) {
        VocabularyTerm term = editableTerm(vocabulary, code);
        String clean = label(synonym);
        requireUnusedName(vocabulary, clean, code);
        if (term.addSynonym(clean, clock.instant())) {
            changed(vocabulary);
        }
    }

    public void removeSynonym(Vocabulary vocabulary, String code, String synonym) {
        VocabularyTerm term = editableTerm(vocabulary, code);
        if (synonym != null && term.removeSynonym(synonym.strip(), clock.instant())) {
            changed(vocabulary);
        }
    }

    public void relabel(Vocabulary vocabulary, String code, String label) {
        VocabularyTerm term = editableTerm(vocabulary, code);
        String clean = label(label);
        requireUnusedName(vocabulary, clean, code);
        term.relabel(clean, clock.instant());
        changed(vocabulary);
    }

    /**
     * Retires a term so it can no longer be chosen. With a successor, stored uses of the code are
     * read as the successor ({@link Vocabularies#current}); the successor must be an active term of
     * the same vocabulary and the mapping must not lead back to the retired term.
     */
    public void retire(Vocabulary vocabulary, String code, String successorCode) {
        VocabularyTerm term = editableTerm(vocabulary, code);
        if (term.retired()) {
            throw new VocabularyException(Reason.INVALID, "vocabularies.error.already-retired", code);
        }
        String successor = successorCode == null || successorCode.isBlank() ? null : successorCode.strip();
        if (successor != null) {
            if (successor.equals(code)) {
                throw new VocabularyException(Reason.CYCLE, "vocabularies.error.cycle", successor);
            }
            VocabularyTerm next = repository.findByVocabularyAndCode(vocabulary.code(), successor)
                    .orElseThrow(() -> new VocabularyException(Reason.INVALID_SUCCESSOR,
                            "vocabularies.error.successor-unknown", successor));
            if (next.retired()) {
                throw new VocabularyException(Reason.INVALID_SUCCESSOR, "vocabularies.error.successor-retired",
                        successor);
            }
            // an active successor has no successor of its own, but check the chain all the same
            Set<String> seen = new HashSet<>(Set.of(code));
            for (VocabularyTerm t = next; t != null && t.successorCode() != null;
                    t = repository.findByVocabularyAndCode(vocabulary.code(), t.successorCode()).orElse(null)) {
                if (!seen.add(t.code()) || t.successorCode().equals(code)) {
                    throw new VocabularyException(Reason.CYCLE, "vocabularies.error.cycle", successor);
                }
            }
        }
        term.retire(successor, clock.instant());
        changed(vocabulary);
    }

    /** Puts the listed codes first, in this order; the others keep their relative order after them. */
    public void reorder(Vocabulary vocabulary, List<String> codes) {
        requireEditable(vocabulary);
        List<VocabularyTerm> terms = repository.findByVocabularyOrderBySortOrderAscCodeAsc(vocabulary.code());
        for (String code : codes) {
            if (terms.stream().noneMatch(t -> t.code().equals(code))) {
                throw new VocabularyException(Reason.UNKNOWN_TERM, "vocabularies.error.unknown-term", code);
            }
        }
        var now = clock.instant();
        int position = 10;
        for (String code : codes) {
            for (VocabularyTerm t : terms) {
                if (t.code().equals(code)) {
                    t.moveTo(position, now);
                    position += 10;
                }
            }
        }
        for (VocabularyTerm t : terms) {
            if (!codes.contains(t.code())) {
                t.moveTo(position, now);
                position += 10;
            }
        }
        changed(vocabulary);
    }

    /** A code from a label: lower case ASCII letters and digits joined by single dashes. */
    static String codeFor(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (code.length() > MAX_CODE - 4) {
            code = code.substring(0, MAX_CODE - 4).replaceAll("-+$", "");
        }
        return code.isEmpty() ? "term" : code;
    }

    private static void requireEditable(Vocabulary vocabulary) {
        if (!vocabulary.editable()) {
            throw new VocabularyException(Reason.NOT_EDITABLE, "vocabularies.error.not-editable", vocabulary.code());
        }
    }

    private VocabularyTerm editableTerm(Vocabulary vocabulary, String code) {
        requireEditable(vocabulary);
        return repository.findByVocabularyAndCode(vocabulary.code(), code)
                .orElseThrow(() -> new VocabularyException(Reason.UNKNOWN_TERM, "vocabularies.error.unknown-term",
                        code));
    }

    private static String label(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new VocabularyException(Reason.INVALID, "vocabularies.error.label-required", null);
        }
        if (clean.length() > MAX_LABEL) {
            throw new VocabularyException(Reason.INVALID, "vocabularies.error.label-too-long",
                    Integer.toString(MAX_LABEL));
        }
        return clean;
    }

    /** A label or synonym may name only one term of a vocabulary (else matching is ambiguous). */
    private void requireUnusedName(Vocabulary vocabulary, String name, String exceptCode) {
        String wanted = VocabularyCatalogue.normalise(name);
        for (Term t : catalogue.allTerms(vocabulary, Locale.ENGLISH)) {
            if (t.code().equals(exceptCode)) {
                continue;
            }
            boolean clash = VocabularyCatalogue.normalise(t.label()).equals(wanted)
                    || t.synonyms().stream().anyMatch(s -> VocabularyCatalogue.normalise(s).equals(wanted));
            if (clash) {
                throw new VocabularyException(Reason.DUPLICATE, "vocabularies.error.duplicate", t.label());
            }
        }
    }

    private void changed(Vocabulary vocabulary) {
        catalogue.invalidate(vocabulary);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    catalogue.invalidate(vocabulary);
                }
            });
        }
        events.publishEvent(new VocabularyChanged(vocabulary));
    }
}
