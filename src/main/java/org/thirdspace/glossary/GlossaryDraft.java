package org.thirdspace.glossary;

import java.util.List;

/**
 * What a moderator writes for a glossary term: the term (2 to {@value GlossaryService#MAX_TERM}
 * characters, unique ignoring case, accents' composition and spacing), a short Markdown
 * definition (at most {@value GlossaryService#MAX_DEFINITION} characters), free-text synonyms (at
 * most {@value GlossaryService#MAX_SYNONYMS}) and linked vocabulary terms.
 */
public record GlossaryDraft(String term, String definition, List<String> synonyms,
        List<VocabularyTermRef> vocabularyTerms) {

    public GlossaryDraft {
        synonyms = synonyms == null ? List.of() : synonyms;
        vocabularyTerms = vocabularyTerms == null ? List.of() : vocabularyTerms;
    }
}
