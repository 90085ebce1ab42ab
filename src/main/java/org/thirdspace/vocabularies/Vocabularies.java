package org.thirdspace.vocabularies;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Read access to the vocabularies, for every feature. Implemented by the vocabularies module;
 * moderators change terms through {@link VocabularyAdministration}.
 */
public interface Vocabularies {

    /** Active terms in display order. */
    List<Term> terms(Vocabulary vocabulary, Locale locale);

    /** All terms, retired ones included. */
    List<Term> allTerms(Vocabulary vocabulary, Locale locale);

    Optional<Term> term(Vocabulary vocabulary, String code, Locale locale);

    /** Whether the code names a term (active or retired) of the vocabulary. */
    boolean isKnown(Vocabulary vocabulary, String code);

    /**
     * The code to use now for a stored code: itself, or the successor of a retired term
     * (following chains).
     *
     * @throws UnknownTermException when the code is not a term of the vocabulary
     */
    String current(Vocabulary vocabulary, String code);

    /**
     * Checks that every code is a known, active term.
     *
     * @throws UnknownTermException naming the first unknown or retired code
     */
    void requireActive(Vocabulary vocabulary, Collection<String> codes);

    /**
     * Terms whose label or synonyms match the words of a free-text query, for query-time
     * synonym expansion ("teacher tutor" finds the mentor role).
     */
    Set<Term> matching(Vocabulary vocabulary, String text, Locale locale);

    /** Label of a code, or the code itself when unknown. */
    default String label(Vocabulary vocabulary, String code, Locale locale) {
        return term(vocabulary, code, locale).map(Term::label).orElse(code);
    }
}
