package org.thirdspace.glossary;

import java.time.Instant;
import java.util.List;

/**
 * A glossary term as readers see it. {@code definitionHtml} is the definition's Markdown rendered
 * and sanitised ({@code definitionMarkdown} is its source); {@code synonyms} are the free-text
 * ones, {@code vocabularyTerms} the linked vocabulary terms, and {@code allSynonyms} every other
 * name the term is recognised by (free text, then the vocabulary terms' labels and synonyms).
 */
public record GlossaryEntry(long id, String term, String definitionMarkdown, String definitionHtml,
        List<String> synonyms, List<VocabularyTermRef> vocabularyTerms, List<String> allSynonyms, Instant updatedAt,
        long version) {

    public GlossaryEntry {
        synonyms = List.copyOf(synonyms);
        vocabularyTerms = List.copyOf(vocabularyTerms);
        allSynonyms = List.copyOf(allSynonyms);
    }
}
